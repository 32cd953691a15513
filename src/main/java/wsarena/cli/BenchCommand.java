package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.RunResult;
import wsarena.report.ComparisonReport;
import wsarena.report.ResultJson;
import wsarena.report.SummaryTable;
import wsarena.report.Units;
import wsarena.report.chart.ChartPng;
import wsarena.report.chart.ResultCharts;
import wsarena.run.Shootout;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ServerDescription;
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
      "Benchmark every engine and model and the seed's Python servers: closed-loop 64-byte echo, 100 connections, 10 s, targets in their own process.",
      "Prints one comparison table with msgs/s, latency percentiles, client and target CPU and memory."
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--engines", split = ",", description = "Engines (and peers: tornado, autobahn) to include (default: all).")
  List<String> engines;

  @Option(names = "--models", split = ",", description = "Threading models to include (default: all each engine has).")
  List<ThreadingModel> models;

  @Option(names = "--connections", defaultValue = "100", description = "Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--payload", defaultValue = "64", description = "Bytes. Default: ${DEFAULT-VALUE}.")
  int payload;

  @Option(names = "--duration", defaultValue = "10s", description = "Measured time per target. Default: ${DEFAULT-VALUE}.")
  Duration duration;

  @Option(names = "--warmup", defaultValue = "3s", description = "Default: ${DEFAULT-VALUE}.")
  Duration warmup;

  @Option(names = "--threads", defaultValue = "0", description = "Generator threads; 0 = automatic: half the cores, the other half is the target's.")
  int threads;

  @Option(names = "--isolation", defaultValue = "process", description = "process (accurate) or in-process. Default: ${DEFAULT-VALUE}.")
  Isolation isolation;

  @Option(names = "--no-peers", negatable = false, description = "Leave out the seed's Python servers (Tornado, Autobahn|Twisted).")
  boolean noPeers;

  @Option(names = "--out", description = "Write each result's JSON and report.md into this folder.")
  Path out;

  @Override
  public Integer call() throws IOException, InvalidScenarioException {
    PrintWriter stdout = spec.commandLine().getOut();
    Targets targets = Targets.standard();
    List<Scenario> scenarios = scenarios(targets);
    if (scenarios.isEmpty()) {
      throw new UserError("no engine and model matched --engines/--models; see 'wsarena engines'");
    }
    HostInfo host = HostProbe.detect();
    stdout.println("wsarena bench · " + scenarios.size() + " targets · closed loop · " + connections + " connections · "
        + payload + " B text · " + Units.seconds(duration.toMillis()) + " each after " + Units.seconds(warmup.toMillis()) + " warm-up");
    stdout.println("host: " + host.summaryLine());
    stdout.flush();
    Shootout shootout = new Shootout(scenarios, targets, host);
    Thread stopOnCtrlC = new Thread(shootout::stop, "wsarena-ctrl-c");
    Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
    List<RunResult> results =
        shootout.execute(
            s -> List.of(),
            r -> {
              stdout.printf(Locale.ROOT, "  %-28s %10s msgs/s  p99 %8s ms  client %5s  target %5s  %s%n",
                  r.target().label(), Units.count(r.totals().receivedPerSecond()), Units.millis(r.totals().latency().p99Micros()),
                  Units.percent(r.totals().clientCpuPercent()), Units.percent(r.totals().targetCpuPercent()),
                  r.failure() == null ? "" : "FAILED: " + r.failure());
              stdout.flush();
            });
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
    } catch (IllegalStateException e) {
      // shutting down
    }
    stdout.println();
    stdout.print(SummaryTable.text(ComparisonReport.COLUMNS, ComparisonReport.rows(results)));
    results.stream()
        .max(Comparator.comparingDouble(r -> r.totals().receivedPerSecond()))
        .ifPresent(best -> {
          double micros = best.totals().clientCpuMicrosPerMessage();
          stdout.printf(Locale.ROOT,
              "fastest: %s at %s msgs/s; the generator spent %.1f µs CPU per message there%n",
              best.target().label(), Units.count(best.totals().receivedPerSecond()), micros);
          if (micros > 0) {
            // What the generator could drive if a whole core were its own at that cost: its
            // ceiling here, beside which the figures above can be judged.
            stdout.printf(Locale.ROOT,
                "generator ceiling at that cost: about %s msgs/s per generator thread with a core to itself (%d thread%s ran)%n",
                Units.count(1e6 / micros), best.clientThreads(), best.clientThreads() == 1 ? "" : "s");
          }
        });
    for (RunResult r : results) {
      for (String w : r.warnings()) {
        stdout.println("warning (" + r.target().label() + "): " + w);
      }
    }
    if (out != null) {
      Files.createDirectories(out);
      for (RunResult r : results) {
        ResultJson.write(r, out.resolve(r.target().label() + ".json"));
      }
      Files.writeString(out.resolve("report.md"), ComparisonReport.markdown("wsarena bench", results));
      List<RunResult> drawn = results.stream().filter(r -> r.latency().getTotalCount() > 0).toList();
      if (!drawn.isEmpty()) {
        ChartPng.write(ResultCharts.distribution(drawn), out.resolve("distribution.png"));
      }
      stdout.println("Files: " + out.toAbsolutePath());
    }
    stdout.flush();
    return results.stream().allMatch(r -> r.failure() == null) ? 0 : Main.EXIT_FAILED;
  }

  private List<Scenario> scenarios(Targets targets) {
    LoadProfile load =
        new LoadProfile(connections, 0, Rate.ClosedLoop.noThinkTime(), new Payload(payload, PayloadKind.TEXT), duration, warmup, threads, false, 1);
    List<Scenario> out = new ArrayList<>();
    for (ServerDescription e : targets.catalog().engines()) {
      if (engines != null && engines.stream().noneMatch(id -> id.equalsIgnoreCase(e.id()))) {
        continue;
      }
      for (ThreadingModel m : e.threadingModels()) {
        if (models == null || models.contains(m)) {
          out.add(new Scenario(new TargetSpec.Embedded(e.id(), m, isolation, 0, false, false), Workload.ECHO, load, Scenario.DEFAULT_INTERVAL));
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
          out.add(new Scenario(new TargetSpec.Peer(python.id()), Workload.ECHO, load, Scenario.DEFAULT_INTERVAL));
        }
      }
    }
    return out;
  }
}
