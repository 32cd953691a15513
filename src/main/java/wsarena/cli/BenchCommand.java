package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.conformance.ConformanceException;
import wsarena.host.HostProbe;
import wsarena.run.QuickChecks;
import wsarena.run.TargetChecks;
import wsarena.run.Targets;
import wsarena.scenario.IoTransport;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;

/**
 * The shipped benchmark, a preset of {@code shootout}: closed-loop 64-byte echo (or a storm, or
 * idle connections) over every engine and model and both Python servers, each target in its own process, one comparison table with
 * the host. Figures come from here, never from timed unit tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Benchmark every engine and model and both Python servers, each target in its own process.",
      "A shootout with a fixed scenario: closed-loop 64-byte echo over 100 connections, 10 s measured per target;"
          + " prints one table with msgs/s, latency percentiles, client and target CPU, context switches and memory.",
      "--workload storm: handshakes per second and their latency; --workload idle: memory per held connection."
    },
    footer = {
      "",
      "Examples:",
      "  wsarena bench",
      "  wsarena bench --engines netty,tornado --models event-loop --repeat 3 --out results/bench",
      "  wsarena bench --workload storm",
      "  wsarena bench --workload idle --connections 5000",
      "  wsarena bench --sweep --duration 5s --warmup 2s --out results/knees",
      "  wsarena bench --rate 3500 --repeat 3 --out results/equal-load    # latency at equal load, below every knee",
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

  @Option(
      names = "--rate",
      paramLabel = "MSGS_PER_S",
      description = "Echo open loop at this many messages per second over all connections, every target alike: latency at equal load."
          + " Choose it below every target's knee, e.g. half the lowest knee of 'bench --sweep'. Default: closed loop.")
  Double rate;

  @Option(
      names = "--server-transport",
      split = ",",
      paramLabel = "TRANSPORT",
      description = "Run each model of Netty on each of these transports (epoll, io_uring, nio), one row each: the same event loop over epoll and over io_uring."
          + " The other engines have their own I/O and run once. Default: Netty's default (epoll where the host has it).")
  List<IoTransport> serverTransports;

  @Option(names = "--no-peers", negatable = false, description = "Leave out the Python servers (Tornado, Autobahn|Twisted).")
  boolean noPeers;

  @Mixin RepeatFlags repeat;

  @Option(names = "--conformance", description = "Before each target's load, run the feature probe and the Autobahn|Testsuite's quick set on it (under a minute each); one more table, conformance beside performance. With --out the suite's reports go to DIR/conformance.")
  boolean conformance;

  @Mixin OutputFolder out;

  @Option(names = "--sweep", description = "Sweep each target instead, to its knee (see 'wsarena sweep'): one table of knees.")
  boolean sweep;

  @Mixin SweepFlags sweepFlags;

  @Override
  public Integer call() throws IOException {
    if (workload == Workload.BROADCAST) {
      throw new UserError("bench measures echo, storm or idle; run broadcast with 'wsarena shootout --workload broadcast'");
    }
    Targets targets = Targets.standard();
    PrintWriter stdout = spec.commandLine().getOut();
    List<TargetSpec> chosen = targets(targets, stdout);
    if (rate != null && (workload != Workload.ECHO || sweep)) {
      throw new UserError("--rate drives echo open loop at one rate; drop it for " + (sweep ? "--sweep, which sets its own rates" : workload.cliName()));
    }
    if (rate != null && !(rate > 0)) {
      throw new UserError("--rate must be a positive number of messages per second, not " + rate);
    }
    LoadProfile load =
        new LoadProfile(
            flags.connections, 0, rate == null ? Rate.ClosedLoop.noThinkTime() : new Rate.OpenLoop(rate),
            new Payload(flags.payloadBytes, PayloadKind.TEXT), flags.duration, flags.warmup, flags.threads, false, 1,
            flags.maxInFlight, flags.timeout, connectionFlags.connectionLoad(), flags.transport);
    ShootoutPlan plan;
    try {
      plan = new ShootoutPlan(new Scenario(chosen.getFirst(), workload, load, Scenario.DEFAULT_INTERVAL), chosen, repeat.repeat, repeat.coolDown);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    if (sweep) {
      return SweepEach.run("wsarena bench --sweep", plan, sweepFlags.plan(), targets, HostProbe.detect(), out.dir(), stdout);
    }
    try (QuickChecks quick = conformance ? QuickChecks.open(out.dir().map(d -> d.resolve(RunCommand.SUITE_FOLDER))) : null) {
      TargetChecks checks = quick == null ? TargetChecks.NONE : quick.checks();
      return new ShootoutRunner("wsarena bench", stdout, true).run(plan, targets, HostProbe.detect(), checks, out.dir(), false);
    } catch (ConformanceException e) {
      spec.commandLine().getErr().println("wsarena: " + e.getMessage());
      return Main.EXIT_FAILED;
    }
  }

  /**
   * Every engine in every model and each Python server, narrowed by {@code --engines}, {@code
   * --models} and {@code --no-peers}. A name that matches nothing is refused with a sentence; a
   * Python server nobody named is left out with a line when this machine cannot run it.
   */
  private List<TargetSpec> targets(Targets targets, PrintWriter stdout) {
    TargetCatalog catalog = targets.catalog();
    List<String> named = engines == null ? List.of() : engines.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
    for (String name : named) {
      if (catalog.engine(name).isEmpty() && catalog.pythonServer(name).isEmpty()) {
        throw new UserError("--engines: unknown engine or Python server '" + name + "' (known: " + known(catalog) + ")");
      }
      if (noPeers && catalog.pythonServer(name).isPresent()) {
        throw new UserError("--no-peers leaves out " + name + ", which --engines names; drop one of them");
      }
    }
    List<TargetSpec> out = new ArrayList<>();
    for (ServerDescription e : catalog.engines()) {
      if (!named.isEmpty() && !named.contains(e.id())) {
        continue;
      }
      List<ThreadingModel> kept = e.threadingModels().stream().filter(m -> models == null || models.contains(m)).toList();
      if (kept.isEmpty() && named.contains(e.id())) {
        throw new UserError("--models leaves nothing of " + e.id() + ": " + e.lacks(cliNames(models)));
      }
      for (ThreadingModel m : kept) {
        TargetSpec.Embedded target = TargetSpec.Embedded.of(e.id(), m, flags.isolation, 0, false, false);
        if (serverTransports == null || !targets.choosesTransport(e.id())) {
          out.add(target);
        } else {
          serverTransports.stream().distinct().forEach(t -> out.add(target.withTransport(t)));
        }
      }
    }
    for (ServerDescription python : catalog.pythonServers()) {
      boolean asked = named.contains(python.id());
      boolean wanted = asked || (named.isEmpty() && !noPeers);
      if (!wanted) {
        continue;
      }
      if (models != null && python.threadingModels().stream().noneMatch(models::contains)) {
        if (asked) {
          throw new UserError("--models leaves out " + python.id() + ": " + python.lacks(cliNames(models)));
        }
        continue;
      }
      Optional<String> missing = targets.missingRequirement(python);
      if (missing.isPresent()) {
        if (asked) {
          throw new UserError("cannot run " + python.pythonName() + ": " + missing.get());
        }
        stdout.println("skipping " + python.pythonName() + ": " + missing.get());
        continue;
      }
      out.add(new TargetSpec.Peer(python.id()));
    }
    if (out.isEmpty()) {
      throw new UserError("no engine and model matched --engines/--models; see 'wsarena engines'");
    }
    if (serverTransports != null) {
      if (out.stream().noneMatch(t -> t instanceof TargetSpec.Embedded e && e.transport() != null)) {
        throw new UserError("--server-transport chooses Netty's event loops, and no Netty model is in this bench: add netty to --engines");
      }
      List<String> ownIo = out.stream().filter(t -> t instanceof TargetSpec.Embedded e && e.transport() == null)
          .map(t -> ((TargetSpec.Embedded) t).engine()).distinct().toList();
      if (!ownIo.isEmpty()) {
        stdout.println("--server-transport: " + String.join(", ", ownIo) + " run once, on their own I/O (only Netty's event loops choose a transport)");
      }
      ServerTransports.require(targets, out, "--server-transport");
    }
    return out;
  }


  private static String cliNames(List<ThreadingModel> models) {
    return String.join(",", models.stream().map(ThreadingModel::cliName).toList());
  }

  private static String known(TargetCatalog catalog) {
    List<String> ids = new ArrayList<>();
    catalog.engines().forEach(e -> ids.add(e.id()));
    catalog.pythonServers().forEach(p -> ids.add(p.id()));
    return String.join(", ", ids);
  }
}
