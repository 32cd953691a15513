package wsarena.cli;

import java.io.PrintWriter;
import java.util.Locale;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.run.RunEvent;
import wsarena.text.Units;

/**
 * A shootout's run on the terminal, briefly: each phase as it begins and, while measuring, one
 * line every few seconds, so a long shootout is never silent for more than that.
 */
final class TrialProgress implements RunEvent.Listener {
  /** At most one line this often while measuring. */
  private static final long EVERY_MILLIS = 5_000;

  private final PrintWriter out;
  private long measuredMillis;
  private long lastPrinted;

  TrialProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void on(RunEvent event) {
    switch (event) {
      case RunEvent.PhaseChanged p -> phase(p.phase());
      case RunEvent.SampleTaken t -> sampled(t.sample());
      case RunEvent.Warned w -> warned(w.message());
      default -> {}
    }
  }

  private void phase(Phase phase) {
    switch (phase) {
      case RAMP, WARMUP, MEASURING -> {
        out.println("    " + phase.name().toLowerCase(Locale.ROOT).replace("warmup", "warm-up") + " …");
        out.flush();
      }
      default -> {}
    }
  }

  private void sampled(Sample s) {
    if (s.phase() != Phase.MEASURING) {
      return;
    }
    measuredMillis += s.intervalMillis();
    if (measuredMillis - lastPrinted >= EVERY_MILLIS) {
      lastPrinted = measuredMillis;
      out.println("    measured " + Units.seconds(measuredMillis) + " · " + Units.perSecond(s.receivedPerSecond())
          + " · p99 " + Units.latency(s.latency().p99Micros()));
      out.flush();
    }
  }

  private void warned(String warning) {
    out.println("    warning: " + warning);
    out.flush();
  }
}
