/**
 * The seed's own servers, Tornado and Autobahn|Twisted, run as child processes from the Python
 * scripts in {@code src/peers/}, so the comparison the project grew from is measured, not assumed.
 *
 * <p>{@link wsarena.peers.PythonPeer} starts one, waits for the line that says it listens, and stops
 * and reaps it, with the child-process plumbing of {@link wsarena.process.ChildProcess} that an
 * engine's own JVM uses too; runs, tests and the benchmark use it. The scripts themselves, and how to run them by hand,
 * are described in {@code src/peers/README.md}.
 */
package wsarena.peers;
