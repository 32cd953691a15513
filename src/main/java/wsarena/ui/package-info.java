/**
 * The window, on the same core as the command line: it draws what the core measures and computes
 * no figure itself. {@link wsarena.ui.MainWindow} builds and wires the pieces; {@link
 * wsarena.ui.WindowActions} is the one table of what the user can do (name, keys, handler, when it
 * can), read by the {@link wsarena.ui.Toolbar}, its Export menu, the {@link wsarena.ui.ShortcutList}
 * and the keyboard. Runs go through {@link wsarena.ui.run.RunController}, which drives the core's
 * {@link wsarena.run.Shootout} on its own thread; the dashboard ({@code ui.dashboard}) draws them.
 * Only this package and the launcher import JavaFX.
 */
package wsarena.ui;
