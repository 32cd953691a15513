package wsarena.metrics;

/**
 * One of the load generator's threads, as the resource sampler watches it.
 *
 * @param javaId its {@link Thread#threadId()}, for its CPU time through the JVM
 * @param nativeId its id in the OS (Linux: the TID under {@code /proc/self/task}), for the time it
 *     waited for a core; -1 where the OS has none to give
 */
public record GeneratorThread(long javaId, long nativeId) {}
