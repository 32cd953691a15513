package wsarena.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The options the window understands. The launcher opens the window when the command line holds
 * nothing else, so {@code wsarena --demo --theme dark} opens the window and {@code wsarena run ...}
 * goes to the headless commands.
 *
 * @param demo start a run as soon as the window is ready
 * @param compare run the scenario once per threading model of its engine as soon as the window is
 *     ready
 * @param theme the theme to open with, or empty for the one saved last time
 * @param presentation open in presentation mode (larger text, thicker lines, no sidebar)
 * @param fullScreen open full screen
 * @param screenshot write a PNG of the window to this file during the run, then quit (implies demo)
 * @param scenario load this scenario file into the form instead of the one saved last time
 * @param fxProbe measure the gaps between the FX thread's frames and print them when the window
 *     closes and after each run
 */
public record WindowOptions(
    boolean demo,
    boolean compare,
    Optional<Theme> theme,
    boolean presentation,
    boolean fullScreen,
    Optional<Path> screenshot,
    Optional<Path> scenario,
    boolean fxProbe) {

  private static final Set<String> FLAGS =
      Set.of("--demo", "--compare", "--presentation", "--full-screen", "--fx-probe");
  private static final Set<String> WITH_VALUE = Set.of("--theme", "--screenshot", "--scenario");

  public static WindowOptions none() {
    return new WindowOptions(
        false, false, Optional.empty(), false, false, Optional.empty(), Optional.empty(), false);
  }

  /** True when every argument is a window option, so the window should open (none at all too). */
  public static boolean isWindowLaunch(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String name = nameOf(args[i]);
      if (WITH_VALUE.contains(name)) {
        if (!args[i].contains("=")) {
          i++; // its value
        }
      } else if (!FLAGS.contains(name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the window options.
   *
   * @throws IllegalArgumentException with a sentence for the user when an option is wrong
   */
  public static WindowOptions parse(java.util.List<String> args) {
    boolean demo = false;
    boolean compare = false;
    boolean presentation = false;
    boolean fullScreen = false;
    boolean fxProbe = false;
    Optional<Theme> theme = Optional.empty();
    Optional<Path> screenshot = Optional.empty();
    Optional<Path> scenario = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = nameOf(arg);
      String value = null;
      if (WITH_VALUE.contains(name)) {
        int eq = arg.indexOf('=');
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        }
        if (value == null || value.isBlank()) {
          throw new IllegalArgumentException(name + " needs a value, e.g. " + example(name));
        }
      }
      switch (name) {
        case "--demo" -> demo = true;
        case "--compare" -> compare = true;
        case "--presentation" -> presentation = true;
        case "--full-screen" -> fullScreen = true;
        case "--fx-probe" -> fxProbe = true;
        case "--theme" -> theme = Optional.of(Theme.fromName(value));
        case "--screenshot" -> screenshot = Optional.of(Path.of(value));
        case "--scenario" -> scenario = Optional.of(Path.of(value));
        default ->
            throw new IllegalArgumentException(
                "unknown window option '"
                    + arg
                    + "' (known: --demo, --compare, --theme dark|light, --presentation, --full-screen,"
                    + " --screenshot FILE, --scenario FILE, --fx-probe)");
      }
    }
    return new WindowOptions(
        (demo || screenshot.isPresent()) && !compare, compare, theme, presentation, fullScreen, screenshot, scenario, fxProbe);
  }

  private static String nameOf(String arg) {
    int eq = arg.indexOf('=');
    return eq >= 0 ? arg.substring(0, eq) : arg;
  }

  private static String example(String name) {
    return switch (name) {
      case "--theme" -> "--theme dark";
      case "--screenshot" -> "--screenshot window.png";
      default -> "--scenario scenario.json";
    };
  }
}
