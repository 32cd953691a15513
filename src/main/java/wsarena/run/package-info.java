/**
 * Runs: {@link wsarena.run.Run} takes one scenario through its phases (starting, ramp, warm-up,
 * measuring, draining) on the caller's thread, which is also the sampling thread, and returns a
 * complete result even when stopped or failed. Targets start here: an engine in this JVM, in a
 * child JVM ({@code wsarena serve}, announcing its port on stdout), or a server at a URL. {@link
 * wsarena.run.Shootout} runs several targets one after the other for a fair comparison.
 */
package wsarena.run;
