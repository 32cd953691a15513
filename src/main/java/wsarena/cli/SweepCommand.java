package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.SweepResult;
import wsarena.report.Machines;
import wsarena.report.MarkdownSummary;
import wsarena.report.SweepFiles;
import wsarena.text.Units;
import wsarena.run.Sweep;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.SweepPlan;
import wsarena.scenario.TargetSpec;

/** One target under rising load, step by step, to its knee: the highest load within the p99 bound. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Raise the load on one target step by step, each step a whole open-loop run, to find its knee.",
      "Rate steps double from --start-rate until a step fails, then bisect to --precision; a step fails when its p99 is"
          + " above --slo-p99, more than 0.1 %% of its messages time out or are not sent, or its answers fall under 99 %%"
          + " of the rate. It stops at the knee, or when the generator, not the target, is the limit."
    },
    footer = {
      "",
      "Examples:",
      "  wsarena sweep --engine netty --model event-loop --out results/netty-sweep",
      "  wsarena sweep --peer tornado --start-rate 2000 --slo-p99 20ms",
      "  wsarena sweep --engine undertow --connection-steps 10,100,1000,5000 --rate-per-connection 10"
    })
final class SweepCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin TargetFlags target;

  @Mixin ScenarioFlags flags;

  @Mixin LoadFlags load;

  @Mixin SweepFlags sweep;

  @Mixin OutputFolder out;

  @Option(names = "--intervals", description = "Also print each step's progress, one line per interval.")
  boolean intervals;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    SweepPlan plan = sweep.plan();
    target.refuseEngineFlags(spec.commandLine().getParseResult(), flags.isolation);
    TargetSpec measured = target.spec(flags.isolation, load.compression);
    flags.warmUpJit(List.of(measured), spec.commandLine().getParseResult());
    Scenario scenario = load.scenario(measured, flags, new Rate.OpenLoop(sweep.startRate), ConnectionLoad.defaults());
    HostInfo host = HostProbe.detect();
    Sweep running;
    try {
      running = new Sweep(scenario, plan, Targets.standard(), host);
    } catch (InvalidScenarioException e) {
      throw new UserError(e.getMessage().replace("\n", "; "));
    }
    Path dir = out.dir().map(OutputFolder::create).orElse(null);
    stdout.println("wsarena sweep · " + scenario.target().label() + " · " + describe(running.plan()));
    stdout.println(MarkdownSummary.describe(scenario, running.plan().steps()));
    stdout.println("host: " + Machines.summaryLine(host));
    stdout.flush();
    SweepResult result = Interruptible.run(running::stop, () -> running.execute(new SweepPrinter(stdout, "", intervals)));
    SweepPrinter.summary(result, stdout);
    if (dir != null) {
      SweepFiles.writeAll(result, dir);
      Charts.writeSweeps(java.util.List.of(result), dir, wsarena.report.chart.ExportLayout.WIDE, stdout);
      OutputFolder.announce(dir, stdout);
    }
    stdout.flush();
    return result.stopReason() == SweepResult.StopReason.TARGET_FAILED ? Main.EXIT_FAILED : 0;
  }

  /** The plan in one line: how the load rises and what passes. */
  static String describe(SweepPlan plan) {
    String steps = switch (plan.steps()) {
      case SweepPlan.Steps.Rates r -> "rate steps from " + Units.whole(r.startRate()) + " msgs/s, doubling, then bisecting to "
          + Units.share(r.precision());
      case SweepPlan.Steps.Connections c -> "connection steps " + String.join(", ", c.counts().stream().map(Units::whole).toList())
          + " at " + Units.compact(c.ratePerConnection()) + " msgs/s each";
    };
    return steps + " · a step passes at p99 ≤ " + Units.latency(plan.bounds().p99().toNanos() / 1000) + ", at most "
        + Units.share(plan.bounds().lostFraction()) + " lost, " + Units.share(plan.bounds().achievedFraction()) + " of the rate kept"
        + (plan.freshTarget() ? " · a fresh target each step" : "");
  }
}
