package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import wsarena.host.FileLimit;
import wsarena.host.HostInfo;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.report.Comparison;
import wsarena.report.ComparisonReport;
import wsarena.report.ConformanceTable;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;
import wsarena.report.ShootoutFiles;
import wsarena.report.ShootoutReport;
import wsarena.report.SummaryTable;
import wsarena.text.Units;
import wsarena.run.RunEvent;
import wsarena.run.Shootout;
import wsarena.run.ShootoutProgress;
import wsarena.run.TargetChecks;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.Workload;

/**
 * Runs a shootout for {@code shootout} and {@code bench} and says what it does: where it is and how
 * long is left as each target starts, the phases and a figure every few seconds while one runs,
 * one line per finished run, then the tables, the warnings and the files. Ctrl-C stops the run
 * going on; what was measured is still printed and saved.
 */
final class ShootoutRunner {
  /** How long Ctrl-C waits for the runs so far to be printed and saved before the JVM ends. */
  private static final long SAVE_ON_STOP_SECONDS = 20;

  private final String title;
  private final PrintWriter out;
  private final boolean perRunTable;

  /**
   * @param title the report's title, e.g. {@code wsarena bench}
   * @param perRunTable print one row per run (bench's table) instead of the medians when each
   *     target runs once
   */
  ShootoutRunner(String title, PrintWriter out, boolean perRunTable) {
    this.title = title;
    this.out = out;
    this.perRunTable = perRunTable;
  }

  /** @return the exit code: 0 when every run completed */
  int run(ShootoutPlan plan, Targets targets, HostInfo host, Optional<Path> outDir, boolean quiet) throws IOException {
    return run(plan, targets, host, TargetChecks.NONE, outDir, quiet);
  }

  /** @param checks what each run checks on its target before its load ({@code bench --conformance}) */
  int run(ShootoutPlan plan, Targets targets, HostInfo host, TargetChecks checks, Optional<Path> outDir, boolean quiet)
      throws IOException {
    List<String> problems = plan.problems(targets.catalog(), FileLimit.openFiles().orElse(0));
    if (!problems.isEmpty()) {
      throw new UserError(String.join("; ", problems));
    }
    Path dir = outDir.map(OutputFolder::create).orElse(null);
    out.println(title + " · " + ShootoutReport.describe(plan));
    out.println(MarkdownSummary.describe(plan.scenarioFor(0)));
    out.println("host: " + Machines.summaryLine(host));
    plan.isolationWarning().ifPresent(w -> out.println("warning: " + w));
    out.flush();

    Shootout shootout = new Shootout(plan, Shootout.runs(targets, host, checks));
    CountDownLatch saved = new CountDownLatch(1);
    Thread stopOnCtrlC = new Thread(() -> {
      shootout.stop();
      try {
        saved.await(SAVE_ON_STOP_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "wsarena-ctrl-c");
    Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
    try {
      ShootoutResult result;
      try {
        result = shootout.execute(new Printer(quiet));
      } catch (InvalidScenarioException e) {
        throw new UserError(e.getMessage().replace("\n", "; "));
      }
      printTables(result);
      if (dir != null) {
        write(result, dir);
      }
      out.flush();
      return result.trials().stream().allMatch(t -> t.result().outcome() == Outcome.COMPLETED) ? 0 : Main.EXIT_FAILED;
    } finally {
      saved.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
      } catch (IllegalStateException e) {
        // shutting down: the hook is running
      }
    }
  }

  private void printTables(ShootoutResult result) {
    List<RunResult> runs = result.runs();
    out.println();
    if (perRunTable && result.plan().repeats() == 1) {
      out.print(SummaryTable.text(ComparisonReport.columns(runs), ComparisonReport.rows(runs)));
    } else {
      out.print(ShootoutReport.text(result));
    }
    List<Comparison.CheckRow> checked = Comparison.of(runs).checks();
    if (!checked.isEmpty()) {
      out.println();
      out.println("checked on each target before its load (the Autobahn|Testsuite's quick set, the feature probe):");
      out.print(SummaryTable.text(Comparison.CHECK_COLUMNS, checked.stream().map(Comparison.CheckRow::cells).toList()));
    }
    printCeiling(result.plan().scenarioFor(0).workload(), runs);
    for (RunResult r : runs) {
      for (String w : r.warnings()) {
        if (!result.warnings().contains(w)) {
          out.println("warning (" + r.target().label() + "): " + w);
        }
      }
      if (r.failure() != null) {
        out.println("failed (" + r.target().label() + "): " + r.failure());
      }
    }
    result.warnings().forEach(w -> out.println("warning: " + w));
    if (result.incomplete()) {
      out.println("stopped: " + Units.plural(result.trials().size(), "run") + " of "
          + result.plan().targets().size() * result.plan().repeats() + " were made");
    }
  }

  /**
   * The fastest run, what the generator spent there, and the rate that cost allows it: per message
   * for echo, per handshake for a storm (broadcast and idle runs have no such ceiling).
   */
  private void printCeiling(Workload workload, List<RunResult> runs) {
    boolean storm = workload == Workload.STORM;
    if (!storm && workload != Workload.ECHO) {
      return;
    }
    String unit = storm ? "handshakes/s" : "msgs/s";
    String per = storm ? "handshake" : "message";
    ToDoubleFunction<RunResult> rate = r -> storm ? r.totals().handshakes().perSecond() : r.totals().messages().receivedPerSecond();
    runs.stream().filter(r -> r.totals() != null).max(Comparator.comparingDouble(rate)).ifPresent(best -> {
      double micros = storm ? best.totals().handshakes().clientCpuMicrosEach() : best.totals().cpu().clientMicrosPerMessage();
      out.printf(Locale.ROOT, "fastest: %s at %s %s; the generator spent %s CPU per %s there%n",
          best.target().label(), Units.whole(rate.applyAsDouble(best)), unit, Units.micros(micros), per);
      if (micros > 0) {
        // What the generator could drive if a whole core were its own at that cost: its ceiling
        // here, beside which the figures above can be judged.
        out.printf(Locale.ROOT,
            "generator ceiling at that cost: about %s %s per generator thread with a core to itself (%s ran)%n",
            Units.whole(1e6 / micros), unit, Units.plural(best.clientThreads(), "thread"));
      }
    });
  }

  /** One finished run's figures: what its workload measures. */
  private static String headline(RunResult r) {
    var t = r.totals();
    Workload w = r.scenario().workload();
    return switch (w) {
      case STORM -> String.format(Locale.ROOT, "%8s handshakes/s  p99 %8s ms  client %s/hs",
          Units.whole(t.handshakes().perSecond()), Units.millis(t.latency().p99Micros()), Units.micros(t.handshakes().clientCpuMicrosEach()));
      case IDLE -> String.format(Locale.ROOT, "%8s KiB/conn  heap %8s KiB/conn  ping p99 %8s ms",
          Units.kibibytes(t.memory().perConnectionBytes()), Units.kibibytes(t.memory().heapPerConnectionBytes()), Units.millis(t.latency().p99Micros()));
      case ECHO, BROADCAST -> String.format(Locale.ROOT, "%10s msgs/s  p99 %8s ms",
          Units.whole(t.messages().receivedPerSecond()), Units.millis(t.latency().p99Micros()));
    };
  }

  private void write(ShootoutResult result, Path dir) throws IOException {
    ShootoutFiles.write(result, dir);
    wsarena.host.WholeFile.writeString(dir.resolve("report.md"), ShootoutReport.markdown(title, result));
    Charts.writeAll(ShootoutReport.contenders(result), dir, wsarena.report.chart.ExportLayout.WIDE, false, out);
    OutputFolder.announce(dir, out);
  }

  /** What the shootout says as it goes: each trial's line, its progress unless quiet, its outcome. */
  private final class Printer implements RunEvent.Listener {
    private final boolean quiet;
    /** The progress of the trial going on; a fresh one for each. */
    private RunEvent.Listener trial = RunEvent.Listener.NONE;

    Printer(boolean quiet) {
      this.quiet = quiet;
    }

    @Override
    public void on(RunEvent event) {
      switch (event) {
        case RunEvent.TrialStarted t -> {
          out.println(t.progress().line());
          out.flush();
          trial = quiet ? RunEvent.Listener.NONE : new TrialProgress(out);
        }
        case RunEvent.TrialFinished f -> finished(f.result());
        default -> trial.on(event);
      }
    }

    private void finished(RunResult r) {
      out.printf(Locale.ROOT, "  %-28s %s  client %5s  target %5s  %s%n",
          r.target().label(), headline(r),
          Units.percent(r.totals().cpu().clientPercent()), Units.percent(r.totals().cpu().targetPercent()),
          r.failure() != null ? "FAILED: " + r.failure()
              : r.conformance() != null ? "conformance " + ConformanceTable.oneLine(r.conformance()) : "");
      out.flush();
    }
  }
}
