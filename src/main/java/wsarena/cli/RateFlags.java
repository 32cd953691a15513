package wsarena.cli;

import java.time.Duration;
import picocli.CommandLine.Option;
import wsarena.scenario.Rate;

/**
 * How fast a run sends, for the commands that take it from the user ({@code run}, {@code
 * shootout}): open loop at {@code --rate}, or closed loop with {@code --think-time}. A sweep sets
 * its own rates ({@link SweepFlags}).
 */
final class RateFlags {
  @Option(names = "--rate", description = "Open loop: total messages per second over all connections.")
  Double rate;

  @Option(names = "--closed-loop", description = "Closed loop (the default): send the next message when the answer arrived.")
  boolean closedLoop;

  @Option(names = "--think-time", defaultValue = "0ms", description = "Closed loop: pause before the next message. Default: ${DEFAULT-VALUE}.")
  Duration thinkTime;

  /** The rate these flags give; a {@link UserError} when they contradict each other. */
  Rate rate() {
    if (rate != null && closedLoop) {
      throw new UserError("choose either --rate (open loop) or --closed-loop, not both");
    }
    return rate != null ? new Rate.OpenLoop(rate) : new Rate.ClosedLoop(thinkTime);
  }
}
