package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import wsarena.host.HostInfo;
import wsarena.metrics.SweepResult;
import wsarena.report.Machines;
import wsarena.report.SummaryTable;
import wsarena.report.SweepFiles;
import wsarena.report.SweepSummary;
import wsarena.text.Units;
import wsarena.run.Sweep;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.SweepPlan;

/**
 * Several targets swept in turn to their knees, each as its scenario says (in its own process as a
 * shootout runs it), then one table of knees: what {@code bench --sweep} and {@code shootout
 * --sweep} print and write.
 */
final class SweepEach {
  private SweepEach() {}

  /**
   * Each target of {@code plan} swept in turn, under the plan's scenario; a plan with repeats is
   * refused, since a sweep measures each target once, step by step.
   */
  static int run(String title, ShootoutPlan plan, SweepPlan sweep, Targets targets, HostInfo host, Optional<Path> out,
      PrintWriter stdout) throws IOException {
    if (plan.repeats() > 1) {
      throw new UserError("--repeat measures each target several times; --sweep measures each once, step by step: drop one of them");
    }
    List<Scenario> each = IntStream.range(0, plan.targets().size()).mapToObj(plan::scenarioFor).toList();
    return run(title, each, sweep, targets, host, out, stdout);
  }

  /**
   * @param title the document's name, e.g. {@code wsarena bench --sweep}
   * @return the exit code: {@link Main#EXIT_FAILED} when a target failed
   */
  static int run(String title, List<Scenario> scenarios, SweepPlan plan, Targets targets, HostInfo host, Optional<Path> out,
      PrintWriter stdout) throws IOException {
    stdout.println(title + " · " + Units.plural(scenarios.size(), "target") + " · " + SweepCommand.describe(plan));
    stdout.println("host: " + Machines.summaryLine(host));
    Path dir = out.map(OutputFolder::create).orElse(null);
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
      wsarena.host.WholeFile.writeString(dir.resolve("knees.md"), "# " + title + "\n\n" + SweepCommand.describe(plan) + ".\n\n"
          + SummaryTable.markdown(SweepSummary.KNEE_COLUMNS, knees) + "\n"
          + String.join("", SweepSummary.explanations(sweeps).stream().map(e -> "- " + e + "\n").toList()) + "\n"
          + Machines.hardwareBlock(host));
      Charts.writeSweeps(sweeps, dir, wsarena.report.chart.ExportLayout.WIDE, stdout);
      OutputFolder.announce(dir, stdout);
    }
    stdout.flush();
    return sweeps.stream().anyMatch(r -> r.stopReason() == SweepResult.StopReason.TARGET_FAILED) ? Main.EXIT_FAILED : 0;
  }
}
