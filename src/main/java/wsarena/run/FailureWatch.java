package wsarena.run;

import java.time.Duration;
import wsarena.load.ClientLoad;
import wsarena.metrics.Phase;

/**
 * Why a run cannot go on, asked by {@link Run} at every turn of a phase: the target died, or every
 * connection was lost. A target's death says when in the run it was seen, counted from the run's
 * start, so the user can find the moment in the charts.
 */
final class FailureWatch {
  /** When every connection drops, how long a target's process may take to be seen exiting. */
  private static final Duration EXIT_GRACE = Duration.ofSeconds(1);

  private final long startNanos;

  FailureWatch(long startNanos) {
    this.startNanos = startNanos;
  }

  /** Why the run cannot go on, or null. */
  String failureOf(StartedTarget target, ClientLoad generator, Phase phase) {
    String died = target.deathCause();
    if (died != null) {
      return targetFailed(died);
    }
    boolean everyConnectionLost = phase != Phase.RAMP && generator.lostEveryConnection();
    if (everyConnectionLost) {
      target.awaitExit(EXIT_GRACE);
      String exited = target.deathCause();
      if (exited != null) {
        return targetFailed(exited);
      }
      String why = generator.firstFailure();
      return "every connection to " + target.uri() + " was lost" + (why == null ? "" : ": " + why);
    }
    return null;
  }

  /** When in the run the target was seen gone, so the user can find the moment in the charts. */
  private String targetFailed(String cause) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return String.format(java.util.Locale.ROOT, "the target failed at t = %.1f s: %s", seconds, cause);
  }
}
