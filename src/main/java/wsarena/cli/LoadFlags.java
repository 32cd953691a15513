package wsarena.cli;

import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * The workload and the load's shape beyond {@link ScenarioFlags}: what {@code run} and {@code
 * shootout} share (a shootout runs any scenario a run does, over several targets).
 */
final class LoadFlags {
  @Option(names = "--workload", defaultValue = "echo", description = "echo, broadcast, storm (handshakes per second) or idle (memory per held connection). Default: ${DEFAULT-VALUE}.")
  Workload workload;

  @Option(names = "--publishers", defaultValue = "1", description = "Broadcast: connections that publish. Default: ${DEFAULT-VALUE}.")
  int publishers;

  @Mixin ConnectionFlags connection;

  @Option(names = "--ramp", defaultValue = "0", description = "Connections opened per second; 0 = all at once. Default: ${DEFAULT-VALUE}.")
  double ramp;

  @Option(names = "--rate", description = "Open loop: total messages per second over all connections.")
  Double rate;

  @Option(names = "--closed-loop", description = "Closed loop (the default): send the next message when the answer arrived.")
  boolean closedLoop;

  @Option(names = "--think-time", defaultValue = "0ms", description = "Closed loop: pause before the next message. Default: ${DEFAULT-VALUE}.")
  Duration thinkTime;

  @Option(names = "--kind", defaultValue = "text", description = "text or binary. Default: ${DEFAULT-VALUE}.")
  PayloadKind kind;

  @Option(names = "--compression", description = "Offer permessage-deflate (and enable it on an embedded target).")
  boolean compression;

  @Option(names = "--interval", defaultValue = "1s", description = "Sampling interval, at least 100ms. Default: ${DEFAULT-VALUE}.")
  Duration interval;

  /** A {@link UserError} when the flags contradict each other. */
  void check() {
    if (rate != null && closedLoop) {
      throw new UserError("choose either --rate (open loop) or --closed-loop, not both");
    }
  }

  Rate rate() {
    return rate != null ? new Rate.OpenLoop(rate) : new Rate.ClosedLoop(thinkTime);
  }

  LoadProfile load(ScenarioFlags flags) {
    return new LoadProfile(
        flags.connections, ramp, rate(), new Payload(flags.payloadBytes, kind), flags.duration, flags.warmup, flags.threads,
        compression, publishers, connection.connectionLoad());
  }

  Scenario scenario(TargetSpec target, ScenarioFlags flags) {
    return new Scenario(target, workload, load(flags), interval);
  }
}
