/**
 * The headless commands (picocli), a thin client of the core like the window: {@code engines},
 * {@code host}, {@code serve}, {@code run}, {@code bench}. Bad input exits with code 2 and one
 * sentence; a failed run exits with code 1 and keeps its data.
 */
package wsarena.cli;
