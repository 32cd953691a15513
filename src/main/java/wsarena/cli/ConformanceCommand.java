package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.conformance.CaseSelection;
import wsarena.conformance.ConformanceException;
import wsarena.conformance.ConformanceJson;
import wsarena.conformance.ConformanceReport;
import wsarena.conformance.SuiteSetup;
import wsarena.report.ConformanceTable;
import wsarena.text.Units;
import wsarena.run.ConformanceCheck;
import wsarena.run.Targets;
import wsarena.scenario.Isolation;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;

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
      "Run the Autobahn|Testsuite, RFC 6455's reference test, against servers and print its verdicts.",
      "It tests each target's echo endpoint and prints OK, non-strict, informational, unimplemented and"
          + " failed cases, with the suite's words on every case that is not OK. Targets run one after"
          + " the other; the suite runs in a child JVM."
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

  @Mixin OutputFolder out;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CaseSelection selection = selection();
    Duration perTarget = timeout == null ? selection.defaultTimeout() : timeout;
    if (perTarget.isNegative() || perTarget.isZero()) {
      throw new UserError("--timeout must be longer than zero, e.g. 5m");
    }
    Targets targets = Targets.standard();
    List<TargetSpec> specs = targets(targets.catalog());
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ConformanceReport report;
    try (SuiteSetup suite = SuiteSetup.open(selection, perTarget, out.dir())) {
      stdout.println("wsarena conformance · " + suite.runner().suite().name() + " · " + selection.describe() + " · "
          + Units.plural(specs.size(), "target") + " · at most " + perTarget.toMinutes() + " min each");
      stdout.flush();
      // No Ctrl-C hook: the suite's JVM and a target in its own process watch this JVM and exit with it.
      report = new ConformanceCheck(targets, suite.runner()).judge(specs, new SuiteProgress(stdout));
      if (specs.size() > 1) {
        stdout.println();
        stdout.print(ConformanceTable.overview(report));
      }
      if (out.dir().isPresent()) {
        ConformanceJson.write(report, suite.folder().resolve(ConformanceJson.FILE));
        OutputFolder.announce(suite.folder(), stdout);
      }
    } catch (ConformanceException e) {
      stderr.println("wsarena: " + e.getMessage());
      stderr.flush();
      return Main.EXIT_FAILED;
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

  private List<TargetSpec> targets(TargetCatalog catalog) {
    if (models != null && engines == null) {
      throw new UserError("--model goes with --engine");
    }
    List<TargetSpec> targets = new ArrayList<>();
    for (String id : engines == null ? List.<String>of() : engines) {
      ServerDescription engine =
          catalog.engine(id.strip()).orElseThrow(() -> new UserError(catalog.unknownEngine(id.strip())));
      for (ThreadingModel m : models == null ? engine.threadingModels() : models) {
        if (engine.offers(m)) {
          targets.add(TargetSpec.Embedded.of(engine.id(), m, isolation, 0, false, false));
        } else if (engines.size() == 1) {
          throw new UserError(engine.lacks(m.cliName()));
        }
      }
    }
    for (String id : peers == null ? List.<String>of() : peers) {
      ServerDescription python =
          catalog.pythonServer(id.strip()).orElseThrow(() -> new UserError(catalog.unknownPythonServer(id.strip())));
      targets.add(new TargetSpec.Peer(python.id()));
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
}
