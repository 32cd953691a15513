package wsarena.cli;

import java.time.Duration;
import picocli.CommandLine.Option;
import wsarena.scenario.Isolation;

/**
 * The scenario flags {@code run} and {@code bench} share. {@code --warmup} and {@code
 * --isolation} default differently in each ({@link Defaults}): a benchmark warms up longer and
 * gives each target its own process.
 */
final class ScenarioFlags {
  @Option(names = "--connections", defaultValue = "100", description = "Client connections. Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--payload", defaultValue = "64", description = "Message size in bytes. Default: ${DEFAULT-VALUE}.")
  int payloadBytes;

  @Option(names = "--duration", defaultValue = "10s", description = "Measured time, per target. Default: ${DEFAULT-VALUE}.")
  Duration duration;

  @Option(names = "--warmup", description = "Load before measuring, not measured. Default: ${DEFAULT-VALUE}.")
  Duration warmup;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Generator worker threads; 0 = automatic: half the cores for a target on this machine, all for a remote one.")
  int threads;

  @Option(
      names = "--isolation",
      description = "in-process (quick) or process (accurate: the target gets its own JVM). Default: ${DEFAULT-VALUE}.")
  Isolation isolation;
}
