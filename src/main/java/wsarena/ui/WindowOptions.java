package wsarena.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import wsarena.report.SavedRunReader;

/**
 * The options the window understands. The launcher opens the window when the command line holds
 * nothing else, so {@code wsarena --demo --theme dark} opens the window, {@code wsarena
 * run.wsarena other.json} opens the window showing those saved runs (this is also how a
 * double-click on a {@code .wsarena} file arrives: the installers pass its path), and {@code
 * wsarena run ...} goes to the headless commands.
 *
 * @param demo start a run as soon as the window is ready
 * @param compare run the scenario once per threading model of its engine as soon as the window is
 *     ready
 * @param theme the theme to open with, or empty for the one saved last time
 * @param presentation open in presentation mode (larger text, thicker lines, no sidebar)
 * @param fullScreen open full screen
 * @param screenshot write a PNG of the window, then quit: during the run (implies demo), or, when
 *     {@code results} are given, once they are shown
 * @param scenario load this scenario file into the form instead of the one saved last time
 * @param fxProbe measure the gaps between the FX thread's frames and print them when the window
 *     closes and after each run
 * @param results saved run results to show side by side ({@code .wsarena} or {@code .json})
 */
public record WindowOptions(
    boolean demo,
    boolean compare,
    Optional<Theme> theme,
    boolean presentation,
    boolean fullScreen,
    Optional<Path> screenshot,
    Optional<Path> scenario,
    boolean fxProbe,
    List<Path> results) {

  private static final Set<String> FLAGS =
      Set.of("--demo", "--compare", "--presentation", "--full-screen", "--fx-probe");
  private static final Set<String> WITH_VALUE = Set.of("--theme", "--screenshot", "--scenario");

  public WindowOptions {
    results = List.copyOf(results);
  }

  public static WindowOptions none() {
    return new WindowOptions(
        false, false, Optional.empty(), false, false, Optional.empty(), Optional.empty(), false, List.of());
  }

  /**
   * True when every argument is a window option or a run result file, so the window should open
   * (none at all too). A result file is told by its ending ({@code .wsarena}, {@code .json}): no
   * command of the command line looks like that, so nothing that worked there before changes. A
   * missing file still opens this way, so {@link #parse} can say which one is missing.
   */
  public static boolean isWindowLaunch(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String name = nameOf(args[i]);
      if (WITH_VALUE.contains(name)) {
        if (!args[i].contains("=")) {
          i++; // its value
        }
      } else if (!FLAGS.contains(name) && !isResultFile(args[i])) {
        return false;
      }
    }
    return true;
  }

  /** True for an argument naming a run result file: not an option, ending in .wsarena or .json. */
  public static boolean isResultFile(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return !arg.startsWith("-")
        && SavedRunReader.EXTENSIONS.stream().anyMatch(ext -> lower.endsWith(ext) && lower.length() > ext.length());
  }

  /**
   * Reads the window options.
   *
   * @throws IllegalArgumentException with a sentence for the user when an option is wrong or a
   *     result file does not exist
   */
  public static WindowOptions parse(List<String> args) {
    boolean demo = false;
    boolean compare = false;
    boolean presentation = false;
    boolean fullScreen = false;
    boolean fxProbe = false;
    Optional<Theme> theme = Optional.empty();
    Optional<Path> screenshot = Optional.empty();
    Optional<Path> scenario = Optional.empty();
    List<Path> results = new ArrayList<>();
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
      if (!WITH_VALUE.contains(name) && !FLAGS.contains(name) && isResultFile(arg)) {
        results.add(existingResultFile(arg));
        continue;
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
                    + " --screenshot FILE, --scenario FILE, --fx-probe, and run results FILE.wsarena or FILE.json)");
      }
    }
    // A screenshot of opened results needs no run; without results it is taken during the demo run.
    boolean screenshotRun = screenshot.isPresent() && results.isEmpty();
    return new WindowOptions(
        (demo || screenshotRun) && !compare,
        compare,
        theme,
        presentation,
        fullScreen,
        screenshot,
        scenario,
        fxProbe,
        results);
  }

  private static Path existingResultFile(String arg) {
    Path file;
    try {
      file = Path.of(arg);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException("cannot open " + arg + ": that is not a valid file name here");
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("cannot open " + arg + ": it is a folder, not a run result file");
    }
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("cannot open " + arg + ": there is no such file");
    }
    return file.toAbsolutePath().normalize();
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
