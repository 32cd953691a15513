package wsarena;

import wsarena.cli.Main;
import wsarena.load.LoadGenerator;
import wsarena.ui.WindowOptions;
import wsarena.ui.WsarenaApp;

/**
 * Starts wsarena: the window when there are no arguments (or only window options such as
 * {@code --demo}), the command line otherwise. Not a JavaFX {@code Application}, so a plain {@code
 * java -jar} starts it with JavaFX on the class path.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    // Netty samples buffers for leaks and records stack traces by default: measurable cost in
    // both the client and the Netty engine. Off unless asked for (-Dio.netty.leakDetection.level),
    // and set before any Netty class reads it.
    if (System.getProperty(LoadGenerator.LEAK_DETECTION_PROPERTY) == null) {
      System.setProperty(LoadGenerator.LEAK_DETECTION_PROPERTY, "disabled");
    }
    if (WindowOptions.isWindowLaunch(args)) {
      WindowOptions options;
      try {
        options = WindowOptions.parse(java.util.List.of(args));
      } catch (IllegalArgumentException e) {
        System.err.println("wsarena: " + e.getMessage());
        System.exit(2);
        return;
      }
      int status = WsarenaApp.open(options);
      // a run still closing its connections must not keep the process alive
      System.exit(status);
    }
    // The command line never opens a window; headless AWT draws its PNG charts anywhere.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(Main.run(args, WindowOptions.usage()));
  }
}
