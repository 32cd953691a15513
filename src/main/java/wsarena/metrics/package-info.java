/**
 * Every figure wsarena shows is computed here, once: per-worker {@link
 * wsarena.metrics.IntervalRecorder}s (HdrHistogram, microseconds, 3 significant digits, swapped
 * with their counters under a {@code WriterReaderPhaser}; what one interval counted, and how, is an
 * {@link wsarena.metrics.IntervalFigures}), merged by {@link
 * wsarena.metrics.IntervalSampler} into one {@link wsarena.metrics.Sample} per interval, with CPU
 * and memory from {@link wsarena.metrics.ResourceSampler} and context switches from {@link
 * wsarena.metrics.ContextSwitchCounter} ({@code /proc}, per thread). The window, the CLI and the tests only
 * read what arrives ready: a {@code Sample} is drawn, printed or asserted on, never recomputed.
 */
package wsarena.metrics;
