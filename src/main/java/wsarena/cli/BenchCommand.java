package wsarena.cli;

import wsarena.host.WholeFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.conformance.ConformanceException;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.SuiteSetup;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.report.Comparison;
import wsarena.report.ComparisonReport;
import wsarena.report.ConformanceTable;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;
import wsarena.report.ResultJson;
import wsarena.report.SummaryTable;
import wsarena.report.SweepFiles;
import wsarena.report.SweepSummary;
import wsarena.report.Units;
import wsarena.report.chart.ChartPng;
import wsarena.report.chart.ResultCharts;
import wsarena.run.Shootout;
import wsarena.run.Sweep;
import wsarena.run.TargetChecks;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.SweepPlan;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;

/**
 * The shipped benchmark: closed-loop echo, every engine and model, each target in its own process,
 * one comparison table with the host. Figures come from here, never from timed unit tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Benchmark every engine and model and both Python servers, each target in its own process.",
      "Closed-loop 64-byte echo over 100 connections, 10 s measured per target; prints one table with"
          + " msgs/s, latency percentiles, client and target CPU, context switches and memory.",
      "--workload storm: handshakes per second and their latency; --workload idle: memory per held connection."
    },
    footer = {
      "",
      "Examples:",
      "  wsarena bench",
      "  wsarena bench --engines netty,tornado --models event-loop --out results/bench",
    "  wsarena bench --workload storm",
    "  wsarena bench --workload idle --connections 5000",
    "  wsarena bench --sweep --duration 5s --warmup 2s --out results/knees",
    "  wsarena bench --conformance    # each target checked by the Autobahn|Testsuite first: one more table"
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--engines", split = ",", description = "Engines (and Python servers: tornado, autobahn) to include (default: all).")
  List<String> engines;

  @Option(names = "--models", split = ",", description = "Threading models to include (default: all each engine has).")
  List<ThreadingModel> models;

  @Mixin ScenarioFlags flags;

  @Option(
      names = "--workload",
      defaultValue = "echo",
      description = "echo, storm (handshakes per second) or idle (memory per held connection). Default: ${DEFAULT-VALUE}.")
  Workload workload;

  @Mixin ConnectionFlags connectionFlags;

  @Option(names = "--no-peers", negatable = false, description = "Leave out the Python servers (Tornado, Autobahn|Twisted).")
  boolean noPeers;

  @Option(names = "--conformance", description = "Before each target's load, run the feature probe and the Autobahn|Testsuite's quick set on it (under a minute each); one more table, conformance beside performance. With --out the suite's reports go to DIR/conformance.")
  boolean conformance;

  @Mixin OutputFolder out;

  @Option(names = "--sweep", description = "Sweep each target instead, to its knee (see 'wsarena sweep'): one table of knees.")
  boolean sweep;

  @Mixin SweepFlags sweepFlags;

  @Override
  public Integer call() throws IOException, InvalidScenarioException {
    PrintWriter stdout = spec.commandLine().getOut();
    Targets targets = Targets.standard();
    List<Scenario> scenarios = scenarios(targets);
    if (scenarios.isEmpty()) {
      throw new UserError("no engine and model matched --engines/--models; see 'wsarena engines'");
    }
    if (workload == Workload.BROADCAST) {
      throw new UserError("bench measures echo, storm or idle; run broadcast with 'wsarena run --workload broadcast'");
    }
    HostInfo host = HostProbe.detect();
    if (sweep) {
      return sweepEach(scenarios, targets, host, stdout);
    }
    stdout.println("wsarena bench · " + Units.plural(scenarios.size(), "target") + " · " + MarkdownSummary.describe(scenarios.getFirst()));
    stdout.println("host: " + Machines.summaryLine(host));
    stdout.flush();
    try (SuiteSetup suite = conformance ? SuiteSetup.quick(out.dir().map(d -> d.resolve(RunCommand.SUITE_FOLDER))) : null) {
      TargetChecks checks = suite == null
          ? TargetChecks.NONE
          : TargetChecks.featuresAndSuite(suite.runner(), new ConformanceRunner.Listener() {});
      return measure(new Shootout(scenarios, Shootout.runs(targets, host, checks), Duration.ZERO), stdout);
    } catch (ConformanceException e) {
      spec.commandLine().getErr().println("wsarena: " + e.getMessage());
      return Main.EXIT_FAILED;
    }
  }

  private int measure(Shootout shootout, PrintWriter stdout) throws IOException, InvalidScenarioException {
    Thread stopOnCtrlC = new Thread(shootout::stop, "wsarena-ctrl-c");
    Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
    List<RunResult> results =
        shootout.execute(
            s -> List.of(),
            r -> {
              stdout.printf(Locale.ROOT, "  %-28s %s  client %5s  target %5s  %s%n",
                  r.target().label(), headline(r), Units.percent(r.totals().clientCpuPercent()),
                  Units.percent(r.totals().targetCpuPercent()),
                  r.failure() != null ? "FAILED: " + r.failure()
                      : r.conformance() != null ? "conformance " + ConformanceTable.oneLine(r.conformance()) : "");
              stdout.flush();
            });
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
    } catch (IllegalStateException e) {
      // shutting down
    }
    stdout.println();
    stdout.print(SummaryTable.text(ComparisonReport.columns(results), ComparisonReport.rows(results)));
    if (workload == Workload.STORM) {
      results.stream()
          .max(Comparator.comparingDouble(r -> r.totals().handshakesPerSecond()))
          .ifPresent(best -> {
            double micros = best.totals().clientCpuMicrosPerHandshake();
            stdout.printf(Locale.ROOT, "fastest: %s at %s handshakes/s; the generator spent %s CPU per handshake there%n",
                best.target().label(), Units.whole(best.totals().handshakesPerSecond()), Units.micros(micros));
            if (micros > 0) {
              stdout.printf(Locale.ROOT,
                  "generator ceiling at that cost: about %s handshakes/s per generator thread with a core to itself (%s ran)%n",
                  Units.whole(1e6 / micros), Units.plural(best.clientThreads(), "thread"));
            }
          });
    }
    List<Comparison.CheckRow> checked = Comparison.of(results).checks();
    if (!checked.isEmpty()) {
      stdout.println();
      stdout.println("checked on each target before its load (the Autobahn|Testsuite's quick set, the feature probe):");
      stdout.print(SummaryTable.text(Comparison.CHECK_COLUMNS, checked.stream().map(Comparison.CheckRow::cells).toList()));
    }
    results.stream()
        .filter(r -> workload == Workload.ECHO)
        .max(Comparator.comparingDouble(r -> r.totals().receivedPerSecond()))
        .ifPresent(best -> {
          double micros = best.totals().clientCpuMicrosPerMessage();
          stdout.printf(Locale.ROOT,
              "fastest: %s at %s msgs/s; the generator spent %s CPU per message there%n",
              best.target().label(), Units.whole(best.totals().receivedPerSecond()), Units.micros(micros));
          if (micros > 0) {
            // What the generator could drive if a whole core were its own at that cost: its
            // ceiling here, beside which the figures above can be judged.
            stdout.printf(Locale.ROOT,
                "generator ceiling at that cost: about %s msgs/s per generator thread with a core to itself (%s ran)%n",
                Units.whole(1e6 / micros), Units.plural(best.clientThreads(), "thread"));
          }
        });
    for (RunResult r : results) {
      for (String w : r.warnings()) {
        stdout.println("warning (" + r.target().label() + "): " + w);
      }
    }
    if (out.dir().isPresent()) {
      Path dir = OutputFolder.create(out.dir().get());
      for (RunResult r : results) {
        ResultJson.write(r, dir.resolve(r.target().label() + ".json"));
      }
      WholeFile.writeString(dir.resolve("report.md"), ComparisonReport.markdown("wsarena bench", results));
      List<RunResult> drawn = results.stream().filter(r -> r.latency().getTotalCount() > 0).toList();
      if (!drawn.isEmpty()) {
        ChartPng.write(ResultCharts.distribution(drawn), dir.resolve("distribution.png"));
      }
      OutputFolder.announce(dir, stdout);
    }
    stdout.flush();
    return results.stream().allMatch(r -> r.failure() == null) ? 0 : Main.EXIT_FAILED;
  }

  /** Each target swept in turn, each in its own process as the bench runs them, then one table of knees. */
  private int sweepEach(List<Scenario> scenarios, Targets targets, HostInfo host, PrintWriter stdout) throws IOException {
    SweepPlan plan = sweepFlags.plan();
    stdout.println("wsarena bench --sweep · " + Units.plural(scenarios.size(), "target") + " · " + SweepCommand.describe(plan));
    stdout.println("host: " + Machines.summaryLine(host));
    Path dir = out.dir().map(OutputFolder::create).orElse(null);
    List<SweepResult> sweeps = new ArrayList<>();
    AtomicBoolean stopped = new AtomicBoolean();
    for (Scenario s : scenarios) {
      if (stopped.get()) {
        break;
      }
      Sweep one;
      try {
        one = new Sweep(s, plan, targets, host);
      } catch (InvalidScenarioException e) {
        throw new UserError(s.target().label() + ": " + e.getMessage().replace("\n", "; "));
      }
      SweepResult r = Interruptible.run(() -> {
        stopped.set(true);
        one.stop();
      }, () -> one.execute(new SweepPrinter(stdout, s.target().label() + ": ", false)));
      stdout.println(s.target().label() + ": " + SweepSummary.headline(r) + " · " + r.stopExplanation());
      sweeps.add(r);
      if (dir != null) {
        SweepFiles.writeAll(r, dir.resolve(r.target().label()));
      }
    }
    List<List<String>> knees = sweeps.stream().map(SweepSummary::kneeRow).toList();
    stdout.println();
    stdout.print(SummaryTable.text(SweepSummary.KNEE_COLUMNS, knees));
    SweepSummary.explanations(sweeps).forEach(stdout::println);
    if (dir != null) {
      WholeFile.writeString(dir.resolve("knees.md"), "# wsarena bench --sweep\n\n" + SweepCommand.describe(plan) + ".\n\n"
          + SummaryTable.markdown(SweepSummary.KNEE_COLUMNS, knees) + "\n"
          + String.join("", SweepSummary.explanations(sweeps).stream().map(e -> "- " + e + "\n").toList()) + "\n"
          + Machines.hardwareBlock(host));
      ChartCommand.writeSweeps(sweeps, dir, stdout);
      OutputFolder.announce(dir, stdout);
    }
    stdout.flush();
    return sweeps.stream().anyMatch(r -> r.stopReason() == SweepResult.StopReason.TARGET_FAILED) ? Main.EXIT_FAILED : 0;
  }

  /** One target's figures as it finishes: what its workload measures. */
  private String headline(RunResult r) {
    var t = r.totals();
    return switch (workload) {
      case STORM -> String.format(Locale.ROOT, "%8s handshakes/s  p99 %8s ms  client %s/hs",
          Units.whole(t.handshakesPerSecond()), Units.millis(t.latency().p99Micros()), Units.micros(t.clientCpuMicrosPerHandshake()));
      case IDLE -> String.format(Locale.ROOT, "%8s KiB/conn  heap %8s KiB/conn  ping p99 %8s ms",
          Units.kibibytes(t.memoryPerConnectionBytes()), Units.kibibytes(t.heapPerConnectionBytes()), Units.millis(t.latency().p99Micros()));
      case ECHO, BROADCAST -> String.format(Locale.ROOT, "%10s msgs/s  p99 %8s ms",
          Units.whole(t.receivedPerSecond()), Units.millis(t.latency().p99Micros()));
    };
  }

  private List<Scenario> scenarios(Targets targets) {
    LoadProfile load =
        flags.limits(
            new LoadProfile(
                flags.connections, 0, Rate.ClosedLoop.noThinkTime(), new Payload(flags.payloadBytes, PayloadKind.TEXT), flags.duration,
                flags.warmup, flags.threads, false, 1, connectionFlags.connectionLoad()));
    List<Scenario> out = new ArrayList<>();
    for (ServerDescription e : targets.catalog().engines()) {
      if (engines != null && engines.stream().noneMatch(id -> id.equalsIgnoreCase(e.id()))) {
        continue;
      }
      for (ThreadingModel m : e.threadingModels()) {
        if (models == null || models.contains(m)) {
          out.add(new Scenario(new TargetSpec.Embedded(e.id(), m, flags.isolation, 0, false, false), workload, load, Scenario.DEFAULT_INTERVAL));
        }
      }
    }
    if (!noPeers && (engines == null || models == null)) {
      for (ServerDescription python : targets.catalog().pythonServers()) {
        if (engines != null && engines.stream().noneMatch(id -> id.equalsIgnoreCase(python.id()))) {
          continue;
        }
        var missing = targets.missingRequirement(python);
        if (missing.isPresent()) {
          spec.commandLine().getOut().println("skipping " + python.displayName() + ": " + missing.get());
        } else {
          out.add(new Scenario(new TargetSpec.Peer(python.id()), workload, load, Scenario.DEFAULT_INTERVAL));
        }
      }
    }
    return out;
  }
}
