package wsarena.cli;

import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;
import wsarena.scenario.SweepPlan;

/** How a sweep raises the load and judges its steps ({@code sweep}, {@code bench --sweep}, {@code shootout --sweep}). */
final class SweepFlags {
  @Option(names = "--start-rate", defaultValue = "1000", description = "Rate steps: the first step's rate, msgs/s over all connections. Default: ${DEFAULT-VALUE}.")
  double startRate;

  @Option(names = "--precision", defaultValue = "5%", paramLabel = "PERCENT",
      description = "Rate steps: double until a step fails, then bisect until the passing and the failing rate are this close. Default: ${DEFAULT-VALUE}.")
  String precision;

  @Option(names = "--slo-p99", defaultValue = "10ms", description = "A step passes when its p99 is at most this (and at most 0.1 %% of its messages are lost, and 99 %% of the rate is kept). Default: ${DEFAULT-VALUE}.")
  Duration sloP99;

  @Option(names = "--connection-steps", split = ",", paramLabel = "N,N,...",
      description = "Connection steps instead of rate steps, e.g. 10,100,1000,5000 (those the open-files limit cannot hold are left out, and named).")
  List<Integer> connectionSteps;

  @Option(names = "--rate-per-connection", defaultValue = "10", description = "Connection steps: msgs/s each connection sends. Default: ${DEFAULT-VALUE}.")
  double ratePerConnection;

  @Option(names = "--fresh-target", description = "Start the target anew for every step (default: keep it running, resting between steps).")
  boolean freshTarget;

  @Option(names = "--cooldown", defaultValue = "1s", description = "Sweeps: the rest between two steps of one target (--cool-down is the rest between two targets). Default: ${DEFAULT-VALUE}.")
  Duration cooldown;

  SweepPlan plan() {
    SweepPlan.Steps steps =
        connectionSteps != null
            ? new SweepPlan.Steps.Connections(connectionSteps, ratePerConnection)
            : new SweepPlan.Steps.Rates(startRate, fraction(precision));
    return new SweepPlan(steps, SweepPlan.Bounds.p99(sloP99), freshTarget, cooldown);
  }

  /** {@code 5%}, {@code 5} or {@code 0.05%} as a fraction. */
  private static double fraction(String percent) {
    try {
      return Double.parseDouble(percent.strip().replaceFirst("\\s*%$", "")) / 100;
    } catch (NumberFormatException e) {
      throw new UserError("'" + percent + "' is not a precision: write e.g. 5%");
    }
  }
}
