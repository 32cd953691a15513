package wsarena.cli;

import java.io.PrintWriter;
import java.util.Locale;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.run.RunEvent;
import wsarena.text.Units;

/** One line per interval on the terminal, with a header; warnings as they come. */
final class ProgressPrinter implements RunEvent.Listener {
  private static final String FORMAT =
      "%7s  %-9s %6s %5s %5s %8s %10s %10s %7s %6s %8s %8s %7s %8s %8s %8s %8s %8s %6s %6s%n";
  private final PrintWriter out;
  private int lines;

  ProgressPrinter(PrintWriter out) {
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
    if (phase == Phase.STARTING) {
      out.println("starting the target...");
      out.flush();
    } else if (phase == Phase.CHECKING) {
      out.println("checking the target before the load (not measured)...");
      out.flush();
    }
  }

  private void sampled(Sample s) {
    if (nothingGoingOn(s)) {
      return; // every connection failed: a row of zeros says nothing the failure will not say
    }
    if (lines++ % 20 == 0) {
      out.printf(FORMAT, "time", "phase", "open", "conn", "fail", "hs/s", "sent/s", "recv/s", "MB/s", "errors",
          "timedout", "unsent", "backlog", "p50 ms", "p90 ms", "p99 ms", "p99.9", "max ms", "cpu c", "cpu t");
    }
    out.printf(
        FORMAT,
        String.format(Locale.ROOT, "%.1fs", s.elapsedMillis() / 1000.0),
        s.phase().name().toLowerCase(Locale.ROOT),
        s.connections().open(),
        s.connections().connecting(),
        s.connections().failed(),
        Units.whole(s.handshakesPerSecond()),
        Units.whole(s.sentPerSecond()),
        Units.whole(s.receivedPerSecond()),
        Units.megabytes(s.receivedMegabytesPerSecond()),
        s.counts().errors(),
        Units.whole(s.fates().timedOut()),
        Units.whole(s.fates().notSent()),
        Units.whole(s.fates().backlog()),
        percentile(s, s.latency().p50Micros()),
        percentile(s, s.latency().p90Micros()),
        percentile(s, s.latency().p99Micros()),
        percentile(s, s.latency().p999Micros()),
        // no answer in the interval: the oldest message has waited this long, and counting
        s.unanswered() ? ">" + Units.millis(s.fates().oldestWaitingMicros()) : percentile(s, s.latency().maxMicros()),
        Units.percent(s.resources().clientCpuPercent()).replace(" ", ""),
        Units.percent(s.resources().targetCpuPercent()).replace(" ", ""));
    out.flush();
  }

  /** A percentile of the interval; none at all (not 0) when it timed nothing, and messages waited or none was due. */
  private static String percentile(Sample s, long micros) {
    return s.latency().measuredAny() ? Units.millis(micros) : "–";
  }

  private static boolean nothingGoingOn(Sample s) {
    return s.connections().open() == 0 && s.connections().connecting() == 0 && s.connections().handshakes() == 0
        && s.counts().sent() == 0 && s.counts().received() == 0;
  }

  private void warned(String warning) {
    out.println("warning: " + warning);
    out.flush();
  }
}
