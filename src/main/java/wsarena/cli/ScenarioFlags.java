package wsarena.cli;

import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import wsarena.scenario.IoTransport;
import wsarena.scenario.JitWarmup;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Isolation;

/**
 * The scenario flags {@code run}, {@code bench} and {@code sweep} share. {@code --warmup} and {@code
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

  @Option(names = "--warmup", description = "Load before measuring, not measured. Default: ${DEFAULT-VALUE}, or 10s when a target runs on PyPy (its JIT).")
  Duration warmup;

  /**
   * Lengthens the default warm-up when a target runs on PyPy, whose JIT needs it ({@link
   * JitWarmup}); a warm-up the user typed is kept as typed.
   */
  void warmUpJit(List<TargetSpec> targets, CommandLine.ParseResult given) {
    if (!given.hasMatchedOption("--warmup")) {
      warmup = JitWarmup.defaultFor(targets, warmup);
    }
  }

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Generator worker threads; 0 = automatic: half the cores for a target on this machine, all for a remote one.")
  int threads;

  @Option(
      names = "--max-in-flight",
      defaultValue = "1000",
      description = "Per connection, messages sent and unanswered at most; past it, messages wait their turn (counted, never dropped). Default: ${DEFAULT-VALUE}.")
  int maxInFlight;

  @Option(
      names = "--timeout",
      defaultValue = "5s",
      description = "A message unanswered this long after its intended send time is given up on: timed out, and recorded at that latency. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Option(
      names = "--isolation",
      description = "in-process (quick) or process (accurate: the target gets its own JVM). Default: ${DEFAULT-VALUE}.")
  Isolation isolation;

  @Option(
      names = "--transport",
      description = "The generator's I/O: epoll, io_uring or nio. Default: the fastest that works on this host (a run says when one is not available).")
  IoTransport transport;
}
