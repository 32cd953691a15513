/**
 * Child processes this JVM starts and watches: an engine in its own JVM ({@code wsarena serve},
 * started by {@code run}) and the Python servers ({@code peers}). One {@link
 * wsarena.process.ChildProcess} holds the plumbing both need, so a target that crashes is reported
 * the same way whatever it is: its exit code and its last line on stderr. It depends on nothing
 * else in wsarena, so both rooms may use it.
 */
package wsarena.process;
