package wsarena.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
 * @param results saved run results to show side by side ({@code .wsarena} or {@code .json}, or a
 *     saved shootout's folder)
 * @param page the page to open on (the Run page's dashboard or the Compare view); empty for the
 *     usual one: the Run page, or the Compare view for a saved shootout and for Compare models
 * @param screenshotCharts with {@code --screenshot}: also save the Compare view's charts into this
 *     folder, as Export saves them ({@code distribution.png}, {@code bars.png})
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
    List<Path> results,
    Optional<Page> page,
    Optional<Path> screenshotCharts) {

  public WindowOptions {
    results = List.copyOf(results);
  }

  public static WindowOptions none() {
    return new WindowOptions(
        false, false, Optional.empty(), false, false, Optional.empty(), Optional.empty(), false, List.of(), Optional.empty(), Optional.empty());
  }

  /** The window's options as picocli reads them: the one list of their names, values and help. */
  @Command(
      name = "wsarena",
      customSynopsis = "wsarena [WINDOW OPTIONS] [RESULT...]",
      description = "Opens the window (with no arguments, too): RESULT is a saved run (.wsarena, .json) or a saved shootout's folder.")
  static final class Flags {
    @Option(names = "--demo", description = "Start the embedded default scenario (or --scenario FILE) as soon as the window is ready; never the one rehearsed last.")
    boolean demo;

    @Option(names = "--compare", description = "Run the scenario once per threading model of its engine as soon as the window is ready.")
    boolean compare;

    @Option(names = "--theme", paramLabel = "dark|light", description = "The theme to open with (default: the one saved last time).")
    String theme;

    @Option(names = "--presentation", description = "Presentation mode: larger text, thicker lines, no sidebar.")
    boolean presentation;

    @Option(names = "--full-screen", description = "Open full screen.")
    boolean fullScreen;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "Write a PNG of the window, then quit: during a demo run, or once the RESULTs are shown.")
    String screenshot;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Load this scenario file into the form instead of the one saved last time.")
    String scenario;

    @Option(names = "--page", paramLabel = "run|compare", description = "The page to open on.")
    String page;

    @Option(names = "--screenshot-charts", paramLabel = "DIR", description = "With --screenshot: also save the Compare view's charts into this folder.")
    String screenshotCharts;

    @Option(names = "--fx-probe", description = "Measure the gaps between the window's frames; print them after each run and at the end.")
    boolean fxProbe;

    @Parameters(paramLabel = "RESULT", arity = "0..*", description = "Saved runs to show side by side, or a saved shootout's folder.")
    List<String> results = new ArrayList<>();
  }

  private static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Flags());
    cl.setUnmatchedOptionsArePositionalParams(false);
    return cl;
  }

  /** The window's options as {@code wsarena --help} lists them. */
  public static String usage() {
    return commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /**
   * True when every argument is a window option or a run result (none at all too), so the window
   * should open. A result is told by its ending ({@code .wsarena}, {@code .json}) or by being a
   * folder: no command of the command line looks like that, so nothing that worked there before
   * changes. A missing file still opens this way, so {@link #parse} can say which one is missing.
   */
  public static boolean isWindowLaunch(String[] args) {
    CommandLine.Model.CommandSpec spec = commandLine().getCommandSpec();
    for (int i = 0; i < args.length; i++) {
      CommandLine.Model.OptionSpec option = args[i].startsWith("-") ? spec.findOption(nameOf(args[i])) : null;
      if (option != null) {
        if (option.arity().max() > 0 && !args[i].contains("=")) {
          i++; // its value
        }
      } else if (!isResult(args[i])) {
        return false;
      }
    }
    return true;
  }

  /** True for an argument naming a run result file, not an option, ending in .wsarena or .json. */
  public static boolean isResultFile(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return !arg.startsWith("-")
        && SavedRunReader.EXTENSIONS.stream().anyMatch(ext -> lower.endsWith(ext) && lower.length() > ext.length());
  }

  /** A result file, or a folder: a saved shootout's, or the folder {@code wsarena run --out} wrote. */
  private static boolean isResult(String arg) {
    if (isResultFile(arg)) {
      return true;
    }
    try {
      return !arg.startsWith("-") && Files.isDirectory(Path.of(arg));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * Reads the window options.
   *
   * @throws IllegalArgumentException with a sentence for the user when an option is wrong or a
   *     result file does not exist
   */
  public static WindowOptions parse(List<String> args) {
    Flags f = new Flags();
    CommandLine cl = new CommandLine(f);
    try {
      cl.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.MissingParameterException e) {
      throw needsValue(e.getMissing().getFirst() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : "RESULT");
    } catch (CommandLine.UnmatchedArgumentException e) {
      throw unknown(e.getUnmatched().getFirst(), cl);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
      if (o.getValue() instanceof String value && value.isBlank()) {
        throw needsValue(o.longestName());
      }
    }
    List<Path> results = new ArrayList<>();
    for (String arg : f.results) {
      if (!isResult(arg)) {
        throw unknown(arg, cl);
      }
      results.add(existingResult(arg));
    }
    Optional<Path> screenshot = Optional.ofNullable(f.screenshot).map(Path::of);
    // A screenshot of opened results needs no run; without results it is taken during the demo run.
    boolean screenshotRun = screenshot.isPresent() && results.isEmpty();
    return new WindowOptions(
        (f.demo || screenshotRun) && !f.compare,
        f.compare,
        Optional.ofNullable(f.theme).map(Theme::fromName),
        f.presentation,
        f.fullScreen,
        screenshot,
        Optional.ofNullable(f.scenario).map(Path::of),
        f.fxProbe,
        results,
        Optional.ofNullable(f.page).map(WindowOptions::page),
        Optional.ofNullable(f.screenshotCharts).map(Path::of));
  }

  private static IllegalArgumentException needsValue(String name) {
    return new IllegalArgumentException(name + " needs a value, e.g. " + example(name));
  }

  /** Names what was not understood, and what would be: every option as the user types it. */
  private static IllegalArgumentException unknown(String arg, CommandLine cl) {
    String known = String.join(", ", cl.getCommandSpec().options().stream()
        .map(o -> o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : ""))
        .toList());
    return new IllegalArgumentException("unknown window option '" + arg + "' (known: " + known
        + ", and run results FILE.wsarena or FILE.json or a saved shootout's folder)");
  }

  private static Page page(String value) {
    for (Page p : Page.values()) {
      if (p.name().equalsIgnoreCase(value)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown page '" + value + "' (known: run, compare)");
  }

  /** A result file or a folder that exists; the reader says later what a folder holds. */
  private static Path existingResult(String arg) {
    Path file;
    try {
      file = Path.of(arg);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException("cannot open " + arg + ": that is not a valid file name here");
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
      case "--page" -> "--page compare";
      case "--screenshot-charts" -> "--screenshot-charts charts";
      default -> "--scenario scenario.json";
    };
  }
}
