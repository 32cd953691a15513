/**
 * Run results drawn as PNG pictures without a window (JFreeChart on AWT, headless): what the
 * command line gives a reviewer on a machine with no display, with the same title, scenario and
 * host line that the window draws into its own exports.
 */
package wsarena.report.chart;
