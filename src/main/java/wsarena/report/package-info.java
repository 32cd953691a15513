/**
 * A run's result in the formats people and tools read: JSON (everything, histograms in
 * HdrHistogram's compressed form), CSV samples, HdrHistogram's {@code .hgrm} and {@code .hlog},
 * Markdown summaries and comparisons, and the units every figure is written in.
 */
package wsarena.report;
