package wsarena.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.host.HostProbe;
import wsarena.run.Targets;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetNames;
import wsarena.scenario.TargetSpec;

/** One scenario over any targets, fairly: the same isolation, interleaved repeats, a cool-down between two. */
@Command(
    name = "shootout",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measure one scenario over any list of targets, one at a time, each started afresh for every run.",
      "Engines run in their own process by default, like the Python servers; a mix of isolations is allowed but"
          + " said in the table and the report. With --repeat the targets are interleaved (A B C A B C) and each"
          + " figure is the median, with the lowest and highest run beside it."
    },
    footer = {
      "",
      "Targets: ENGINE:MODEL (e.g. undertow:event-loop), ENGINE alone for each of its models, tornado, autobahn,",
      "or a server's URL; 'wsarena engines' lists them all. netty:MODEL:TRANSPORT runs Netty's event loops on",
      "epoll, io_uring or nio (e.g. netty:event-loop:epoll,netty:event-loop:io_uring: the same loop over both).",
      "",
      "Examples:",
      "  wsarena shootout --targets undertow:event-loop,netty:multi-reactor,tornado,autobahn --repeat 3 --out results/shootout",
      "  wsarena shootout --targets netty,jetty --workload broadcast --publishers 2 --rate 500",
      "  wsarena shootout --targets undertow:event-loop,ws://127.0.0.1:9000/echo --duration 20s",
      "  wsarena shootout --targets netty:event-loop:epoll,netty:event-loop:io_uring --repeat 3",
      "  wsarena shootout --targets netty:event-loop,tornado --sweep --slo-p99 20ms --out results/knees"
    })
final class ShootoutCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--targets",
      split = ",",
      required = true,
      paramLabel = "TARGET",
      description = "What to measure, comma-separated: ENGINE:MODEL, ENGINE:MODEL:TRANSPORT (netty), ENGINE (each of its models), tornado, autobahn, or a ws:// URL.")
  List<String> targets;

  @Mixin ScenarioFlags flags;

  @Mixin LoadFlags load;

  @Mixin ConnectionFlags connectionFlags;

  @Mixin RateFlags rate;

  @Mixin RepeatFlags repeat;

  @Mixin OutputFolder out;

  @Option(names = "--sweep", description = "Sweep each target instead, to its knee (see 'wsarena sweep'): one table of knees.")
  boolean sweep;

  @Mixin SweepFlags sweepFlags;

  @Option(names = "--quiet", description = "No progress lines while a target runs; the start of each and the tables still print.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Targets catalog = Targets.standard();
    List<TargetSpec> parsed;
    try {
      parsed = TargetNames.parse(targets, catalog.catalog(), flags.isolation, load.compression);
    } catch (IllegalArgumentException e) {
      throw new UserError("--targets: " + e.getMessage());
    }
    ServerTransports.require(catalog, parsed, "--targets");
    ShootoutPlan plan;
    try {
      plan = new ShootoutPlan(load.scenario(parsed.getFirst(), flags, rate, connectionFlags), parsed, repeat.repeat, repeat.coolDown);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    if (sweep) {
      if (rate.rate != null) {
        throw new UserError("--sweep sets the rate step by step from --start-rate; drop --rate");
      }
      return SweepEach.run("wsarena shootout --sweep", plan, sweepFlags.plan(), catalog, HostProbe.detect(), out.dir(),
          spec.commandLine().getOut());
    }
    return new ShootoutRunner("wsarena shootout", spec.commandLine().getOut(), false)
        .run(plan, catalog, HostProbe.detect(), out.dir(), quiet);
  }
}
