/**
 * How the project writes its figures and sentences: the units every figure is printed in
 * ({@link wsarena.text.Units}) and a failure told in words ({@link wsarena.text.Sentences}). It stands below every room that prints ({@code run}, {@code report},
 * {@code ui}, {@code cli}) and imports none of them, so a figure reads the same in the window, the
 * terminal and the report.
 */
package wsarena.text;
