/**
 * Runs: {@link wsarena.run.Run} takes one scenario through its phases (starting, ramp, warm-up,
 * measuring, draining) on the caller's thread, which is also the sampling thread, and returns a
 * complete result even when stopped or failed. {@link wsarena.run.Shootout} runs several targets
 * one after the other for a fair comparison.
 *
 * <p>This is the only room that starts anything. {@link wsarena.run.Targets} starts what a
 * scenario names (an engine in this JVM, in a child JVM running {@code wsarena serve} that
 * announces its port on stdout, a Python server, or nothing for a URL) and describes to the window
 * and the commands, as plain {@link wsarena.scenario.TargetCatalog} values, what it can start.
 * An idle run weighs its target before the first connection and while holding them ({@code
 * TargetMemory}); a child JVM collects its garbage first when asked on its stdin ({@link
 * wsarena.run.ServeCommands}).
 */
package wsarena.run;
