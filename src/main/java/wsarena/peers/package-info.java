/**
 * The Python servers, Tornado and Autobahn|Twisted, run as child processes from the scripts in
 * {@code src/peers/}, so a Tornado vs Autobahn|Twisted comparison is measured, not assumed.
 *
 * <p>{@link wsarena.peers.PythonPeer} starts one, waits for the line that says it listens, and stops
 * and reaps it, with the child-process plumbing of {@link wsarena.process.ChildProcess} that an
 * engine's own JVM uses too; runs, tests and the benchmark use it. The scripts themselves, and how to run them by hand,
 * are described in {@code src/peers/README.md}.
 */
package wsarena.peers;
