package wsarena.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.host.HostProbe;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.text.Units;
import wsarena.run.Soak;
import wsarena.run.TargetException;
import wsarena.run.Targets;
import wsarena.scenario.InvalidScenarioException;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/** The soak benchmark: a long steady open-loop echo, one line per minute, and whether memory stayed flat. */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Soak an engine in its own process: open-loop echo at a steady rate, printing per minute the"
        + " client's and the target's heap and RSS and the minute's p99.",
    footer = {"", "Example:", "  wsarena soak --engine netty --minutes 10 --rate 2000"})
final class SoakCommand implements Callable<Integer> {
  /** Minutes left out of the flatness check: class loading, JIT and pools filling up. */
  private static final int WARMUP_MINUTES = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin EngineChoice engine;

  @Option(names = "--minutes", defaultValue = "10", description = "How long. Default: ${DEFAULT-VALUE}.")
  int minutes;

  @Option(names = "--rate", defaultValue = "2000", description = "Messages per second over all connections. Default: ${DEFAULT-VALUE}.")
  double rate;

  @Option(names = "--connections", defaultValue = "50", description = "Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--payload", defaultValue = "64", description = "Message size in bytes. Default: ${DEFAULT-VALUE}.")
  int payloadBytes;

  @Override
  public Integer call() throws InvalidScenarioException {
    if (minutes < 1) {
      throw new UserError("--minutes must be at least 1");
    }
    Targets targets = Targets.standard();
    var e = engine.engine(targets.catalog());
    Scenario scenario =
        Scenario.defaults()
            .withTarget(TargetSpec.Embedded.of(e.id(), engine.model(e), Isolation.PROCESS))
            .withWorkload(Workload.ECHO)
            .withLoad(
                LoadProfile.defaults()
                    .withConnections(connections)
                    .withRate(new Rate.OpenLoop(rate))
                    .withPayload(new Payload(payloadBytes, PayloadKind.TEXT))
                    .withWarmup(Duration.ZERO)
                    .withDuration(Duration.ofMinutes(minutes)))
            .withInterval(Duration.ofSeconds(1));
    PrintWriter out = spec.commandLine().getOut();
    out.println("soak: " + e.displayName() + " · " + engine.model(e).displayName() + " in its own process · "
        + Units.plural(connections, "connection") + " · open loop at " + Units.whole(rate) + " msgs/s · " + minutes + " min");
    out.printf("%6s %10s %10s %12s %12s %12s %12s%n", "minute", "msgs/s", "p99 ms", "client heap", "client RSS",
        "target heap", "target RSS");
    out.flush();
    List<Soak.Minute> told = new ArrayList<>();
    RunResult result;
    try {
      result =
          new Soak(targets, HostProbe.detect())
              .execute(
                  scenario,
                  m -> {
                    told.add(m);
                    out.printf(Locale.ROOT, "%6d %10s %10s %12s %12s %12s %12s%n", m.minute(), Units.whole(m.messagesPerSecond()),
                        Units.millis(m.p99Micros()), Units.mebibytes(m.clientHeapBytes()), Units.mebibytes(m.clientRssBytes()),
                        Units.mebibytes(m.targetHeapBytes()), Units.mebibytes(m.targetRssBytes()));
                    out.flush();
                  });
    } catch (TargetException ex) {
      spec.commandLine().getErr().println("wsarena: " + ex.getMessage());
      return Main.EXIT_FAILED;
    }
    out.println(flatness(told));
    for (String w : result.warnings()) {
      out.println("warning: " + w);
    }
    out.flush();
    if (result.outcome() == Outcome.FAILED) {
      spec.commandLine().getErr().println("wsarena: " + result.failure());
      return Main.EXIT_FAILED;
    }
    return 0;
  }

  /** The growth of each memory column from the end of warm-up to the last minute. */
  static String flatness(List<Soak.Minute> minutes) {
    if (minutes.size() <= WARMUP_MINUTES) {
      return "too short to judge flatness: growth is counted after minute " + WARMUP_MINUTES;
    }
    Soak.Minute first = minutes.get(WARMUP_MINUTES - 1);
    Soak.Minute last = minutes.getLast();
    return "growth from minute " + first.minute() + " to " + last.minute() + ": client heap "
        + growth(first.clientHeapBytes(), last.clientHeapBytes()) + " · client RSS "
        + growth(first.clientRssBytes(), last.clientRssBytes()) + " · target heap "
        + growth(first.targetHeapBytes(), last.targetHeapBytes()) + " · target RSS "
        + growth(first.targetRssBytes(), last.targetRssBytes());
  }

  private static String growth(long from, long to) {
    if (from <= 0 || to < 0) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%+.1f %%", 100.0 * (to - from) / from);
  }
}
