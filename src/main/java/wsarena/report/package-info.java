/**
 * A run's result in the formats people and tools read: JSON (everything, histograms in
 * HdrHistogram's compressed form), CSV samples, HdrHistogram's {@code .hgrm} and {@code .hlog},
 * Markdown summaries and comparisons; and the report a
 * reviewer publishes ({@link wsarena.report.ReportFiles}): the inputs read ({@link
 * wsarena.report.ReportInputs}), arranged once ({@link wsarena.report.ReportData}), written as
 * sections under an article's headings ({@link wsarena.report.ReportMarkdown}) and as one
 * self-contained page ({@link wsarena.report.ReportHtml}), the article's claims read as data
 * ({@link wsarena.report.ClaimsFiles}) and judged against the figures ({@link
 * wsarena.report.ClaimCheck}).
 */
package wsarena.report;
