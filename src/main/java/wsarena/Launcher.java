package wsarena;

import wsarena.cli.Main;

/**
 * Starts wsarena: the window when there are no arguments (or only window options such as
 * {@code --demo}), the command line otherwise. Not a JavaFX {@code Application}, so a plain {@code
 * java -jar} starts it with JavaFX on the class path.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.exit(Main.run(args));
  }
}
