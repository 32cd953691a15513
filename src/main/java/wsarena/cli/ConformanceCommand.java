package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wsarena.conformance.CaseSelection;
import wsarena.conformance.ConformanceException;
import wsarena.conformance.ConformanceJson;
import wsarena.conformance.ConformanceReport;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.ConformanceTable;
import wsarena.conformance.SuiteInstallation;
import wsarena.conformance.TargetConformance;
import wsarena.engine.EngineCatalog;
import wsarena.engine.EngineException;
import wsarena.engine.ServerEngine;
import wsarena.engine.ThreadingModel;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;

/**
 * {@code wsarena conformance}: the Autobahn|Testsuite against one or more targets, a table each.
 *
 * <p>Exit status: 0 when the suite judged every target (whatever its verdicts), 1 when a target
 * could not be judged or the suite is missing, 2 for bad input.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the Autobahn|Testsuite, RFC 6455's reference test, against each target's",
      "echo endpoint and prints its verdicts: OK, non-strict, informational,",
      "unimplemented and failed cases, with the suite's words on every case that is",
      "not OK. Targets run one after the other; the suite runs in a child JVM."
    },
    footer = {
      "",
      "Examples:",
      "  wsarena conformance --engine netty --model event-loop",
      "  wsarena conformance --engine undertow,jetty --peer tornado --out conformance",
      "  wsarena conformance --url ws://127.0.0.1:9001/echo --cases \"1.*,7.*\"",
      "  wsarena conformance --engine netty --full    # all 301 cases: minutes per target"
    })
final class ConformanceCommand implements Callable<Integer> {
  /** A progress line at most this often while the suite runs. */
  private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--engine", split = ",", paramLabel = "ENGINE", description = "Embedded engines to test, e.g. netty or undertow,jetty: each in every model it has, or in --model.")
  List<String> engines;

  @Option(names = "--model", split = ",", paramLabel = "MODEL", description = "Threading models of the engines, e.g. event-loop (default: all each engine has).")
  List<ThreadingModel> models;

  @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "in-process", description = "in-process or process (the engine in its own JVM). Default: ${DEFAULT-VALUE}.")
  Isolation isolation;

  @Option(names = "--peer", split = ",", paramLabel = "PEER", description = "Python servers to test: tornado (Tornado), autobahn (Autobahn|Twisted), each started for its turn.")
  List<String> peers;

  @Option(names = "--url", split = ",", paramLabel = "URL", description = "Servers to test at a ws:// URL whose path echoes every message, e.g. ws://127.0.0.1:9001/echo.")
  List<URI> urls;

  @Option(names = "--cases", paramLabel = "PATTERNS", description = "The suite's cases to run, e.g. \"1.*,2.*\" or 7.9.1 (default: every case but group 9, under a minute per target).")
  String cases;

  @Option(names = "--full", description = "Every case (301), group 9's large messages too: two to three minutes more per target.")
  boolean full;

  @Option(names = "--timeout", paramLabel = "DURATION", description = "How long the suite may take per target before it is stopped (default: 3m, 12m with group 9).")
  Duration timeout;

  @Option(names = "--out", paramLabel = "DIR", description = "Keep the suite's reports (index.html, index.json, per-case files) in DIR/TARGET/ and write DIR/conformance.json.")
  Path out;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CaseSelection selection = selection();
    Duration perTarget = timeout == null ? selection.defaultTimeout() : timeout;
    if (perTarget.isNegative() || perTarget.isZero()) {
      throw new UserError("--timeout must be longer than zero, e.g. 5m");
    }
    List<TargetSpec> targets = targets();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    SuiteInstallation suite;
    try {
      suite = SuiteInstallation.locate();
    } catch (ConformanceException e) {
      stderr.println("wsarena: " + e.getMessage());
      stderr.flush();
      return Main.EXIT_FAILED;
    }
    Path reports = out != null ? Files.createDirectories(out) : Files.createTempDirectory("wsarena-conformance");
    stdout.println("wsarena conformance · " + suite.name() + " · " + selection.describe() + " · "
        + targets.size() + " target" + (targets.size() == 1 ? "" : "s") + " · at most " + perTarget.toMinutes() + " min each");
    stdout.flush();
    ConformanceRunner runner =
        new ConformanceRunner(suite, EngineCatalog.standard(), selection, perTarget, reports, new Printer(stdout));
    // No Ctrl-C hook: the suite's JVM and a target in its own process watch this JVM and exit with it.
    ConformanceReport report = runner.run(targets);
    if (targets.size() > 1) {
      stdout.println();
      stdout.print(ConformanceTable.overview(report));
    }
    if (out != null) {
      ConformanceJson.write(report, out.resolve(ConformanceJson.FILE));
      stdout.println("Files: " + out.toAbsolutePath() + " (" + ConformanceJson.FILE + ", and the suite's reports in one folder per target)");
    } else {
      deleteTree(reports);
    }
    stdout.flush();
    for (var f : report.failures()) {
      stderr.println("wsarena: " + f.target() + ": " + f.failure());
    }
    stderr.flush();
    return report.failures().isEmpty() ? 0 : Main.EXIT_FAILED;
  }

  private CaseSelection selection() {
    if (full && cases != null) {
      throw new UserError("choose either --full or --cases, not both");
    }
    if (full) {
      return CaseSelection.full();
    }
    if (cases == null) {
      return CaseSelection.quick();
    }
    try {
      return CaseSelection.parse(cases);
    } catch (IllegalArgumentException e) {
      throw new UserError("--cases: " + e.getMessage());
    }
  }

  private List<TargetSpec> targets() {
    if (models != null && engines == null) {
      throw new UserError("--model goes with --engine");
    }
    List<TargetSpec> targets = new ArrayList<>();
    EngineCatalog catalog = EngineCatalog.standard();
    for (String id : engines == null ? List.<String>of() : engines) {
      ServerEngine engine;
      try {
        engine = catalog.require(id.strip().toLowerCase(Locale.ROOT));
      } catch (EngineException e) {
        throw new UserError(e.getMessage());
      }
      List<ThreadingModel> wanted = models == null ? engine.models().stream().sorted().toList() : models;
      for (ThreadingModel m : wanted) {
        if (engine.models().contains(m)) {
          targets.add(new TargetSpec.Embedded(engine.id(), m, isolation, 0, false, false));
        } else if (engines.size() == 1) {
          throw new UserError(engine.id() + " does not run in the " + m.cliName() + " model (its models: "
              + String.join(", ", engine.models().stream().sorted().map(ThreadingModel::cliName).toList()) + ")");
        }
      }
    }
    for (String peer : peers == null ? List.<String>of() : peers) {
      String id = peer.strip().toLowerCase(Locale.ROOT);
      if (!TargetSpec.Peer.KNOWN.contains(id)) {
        throw new UserError("unknown peer '" + peer + "' (known: " + String.join(", ", TargetSpec.Peer.KNOWN) + ")");
      }
      targets.add(new TargetSpec.Peer(id));
    }
    for (URI url : urls == null ? List.<URI>of() : urls) {
      targets.add(TargetSpec.External.of(url));
    }
    if (targets.isEmpty()) {
      throw new UserError(engines != null
          ? "no engine runs in the models given; see 'wsarena engines'"
          : "name a target: --engine ENGINE [--model MODEL], --peer tornado|autobahn or --url ws://HOST:PORT/echo");
    }
    return targets;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Prints each target as it starts, a progress line every 10 s, and its table when done. */
  private static final class Printer implements ConformanceRunner.Listener {
    private final PrintWriter out;
    // caseStarted comes from the thread that reads the suite's log
    private volatile long lastProgressNanos;

    Printer(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void targetStarted(String target, String description, URI url) {
      out.println();
      out.println("== " + target + ": " + description + " at " + url);
      out.flush();
      lastProgressNanos = System.nanoTime();
    }

    @Override
    public void caseStarted(String target, String caseId, int number, int total) {
      long now = System.nanoTime();
      if (now - lastProgressNanos >= PROGRESS_EVERY_NANOS) {
        lastProgressNanos = now;
        out.println("   case " + number + " of " + total + " (" + caseId + ")");
        out.flush();
      }
    }

    @Override
    public void targetFinished(TargetConformance result) {
      out.print(ConformanceTable.render(result));
      out.flush();
    }
  }
}
