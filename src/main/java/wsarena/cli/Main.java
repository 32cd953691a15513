package wsarena.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import wsarena.Version;
import wsarena.text.Sentences;

/**
 * The headless commands (picocli). Everything the window does, these do too.
 *
 * <p>Exit codes: 0 success, 1 the run or command failed (a sentence on stderr says why), 2 bad input,
 * 3 a run that ran its course stalled: more than a tenth of its measured messages timed out.
 */
@Command(
    name = "wsarena",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    resourceBundle = "wsarena.cli.Help",
    description = "Measures WebSocket servers: embedded engines in named threading models, Python servers, or any ws:// URL.",
    subcommands = {
      EnginesCommand.class,
      HostCommand.class,
      ServeCommand.class,
      RunCommand.class,
      ShootoutCommand.class,
      SweepCommand.class,
      BenchCommand.class,
      CompareCommand.class,
      MergeCommand.class,
      KubeCommand.class,
      ChartCommand.class,
      FeaturesCommand.class,
      ConformanceCommand.class,
      ReportCommand.class,
      SoakCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_BAD_INPUT = 2;
  /** A run ran its course but its target stalled ({@link wsarena.metrics.Outcome#STALLED}): its figures say so, not what it sustains. */
  public static final int EXIT_STALLED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and returns the exit code. */
  public static int run(String[] args) {
    return commandLine().execute(args);
  }

  /**
   * Runs the command line; {@code wsarena --help} ends with {@code windowHelp}, how to open the
   * window (the launcher's: this room knows nothing of the window).
   */
  public static int run(String[] args, String windowHelp) {
    return commandLine(windowHelp).execute(args);
  }

  /** The command line whose {@code --help} ends with {@code windowHelp}. */
  public static CommandLine commandLine(String windowHelp) {
    CommandLine cl = commandLine();
    cl.getCommandSpec().usageMessage().footer("", "The window:", windowHelp.stripTrailing());
    return cl;
  }

  /** The configured command line, for tests that capture its output. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler(Main::badInput);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("wsarena: " + sentence(e));
          return e instanceof UserError ? EXIT_BAD_INPUT : EXIT_FAILED;
        });
    Converters.register(cl);
    cl.setDefaultValueProvider(new Defaults());
    return cl;
  }

  private static int badInput(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("wsarena: " + e.getMessage());
    err.println("(see 'wsarena " + commandPath(e.getCommandLine()) + "--help')");
    return EXIT_BAD_INPUT;
  }

  private static String commandPath(CommandLine cl) {
    String qualified = cl.getCommandSpec().qualifiedName(" ");
    return qualified.startsWith("wsarena") ? qualified.substring("wsarena".length()).strip() + (qualified.equals("wsarena") ? "" : " ") : "";
  }

  private static String sentence(Exception e) {
    Throwable t = e;
    if (t instanceof CommandLine.ExecutionException && t.getCause() != null) {
      t = t.getCause();
    }
    return Sentences.of(t);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"wsarena " + Version.current()};
    }
  }
}
