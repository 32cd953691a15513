package wsarena.cli;

import java.time.Duration;
import picocli.CommandLine.Option;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * How a measuring command loads its target beyond {@link ScenarioFlags} ({@code run}, {@code
 * sweep}, {@code shootout}): the workload, the ramp, the kind of payload, permessage-deflate, the
 * sampling interval.
 */
final class LoadFlags {
  @Option(names = "--workload", defaultValue = "echo", description = "echo, broadcast, storm (handshakes per second) or idle (memory per held connection). Default: ${DEFAULT-VALUE}.")
  Workload workload;

  @Option(names = "--publishers", defaultValue = "1", description = "Broadcast: connections that publish. Default: ${DEFAULT-VALUE}.")
  int publishers;

  @Option(names = "--ramp", defaultValue = "0", description = "Connections opened per second; 0 = all at once. Default: ${DEFAULT-VALUE}.")
  double ramp;

  @Option(names = "--kind", defaultValue = "text", description = "text or binary. Default: ${DEFAULT-VALUE}.")
  PayloadKind kind;

  @Option(names = "--compression", description = "Offer permessage-deflate (and enable it on an embedded target).")
  boolean compression;

  @Option(names = "--interval", defaultValue = "1s", description = "Sampling interval, at least 100ms. Default: ${DEFAULT-VALUE}.")
  Duration interval;

  /**
   * The scenario of {@code target} under these flags and {@code flags}, at {@code rate}; a storm or
   * an idle run opens and holds its connections as {@code connections} says.
   */
  Scenario scenario(TargetSpec target, ScenarioFlags flags, Rate rate, ConnectionLoad connections) {
    LoadProfile load =
        new LoadProfile(
            flags.connections, ramp, rate, new Payload(flags.payloadBytes, kind), flags.duration, flags.warmup, flags.threads,
            compression, publishers, flags.maxInFlight, flags.timeout, connections, flags.transport);
    return new Scenario(target, workload, load, interval);
  }

  /** The scenario of {@code target} at the rate and with the connections the user typed. */
  Scenario scenario(TargetSpec target, ScenarioFlags flags, RateFlags rate, ConnectionFlags connections) {
    return scenario(target, flags, rate.rate(), connections.connectionLoad());
  }
}
