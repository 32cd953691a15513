package wsarena.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import wsarena.metrics.Percentile;
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
      List<Object> header = new ArrayList<>(List.of(
          "time", "phase", "open", "conn", "fail", "hs/s", "sent/s", "recv/s", "MB/s", "errors", "timedout", "unsent", "backlog"));
      // "p99.9 ms" would not fit its column: the unit is said where there is room
      Arrays.stream(Percentile.values()).map(p -> p.label().length() <= 3 ? p.label() + " ms" : p.label()).forEach(header::add);
      header.addAll(List.of("cpu c", "cpu t"));
      out.printf(FORMAT, header.toArray());
    }
    List<Object> row = new ArrayList<>(List.of(
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
        Units.whole(s.fates().backlog())));
    for (Percentile p : Percentile.values()) {
      // no answer in the interval: the oldest message has waited this long, and counting
      row.add(p == Percentile.MAX && s.unanswered()
          ? ">" + Units.millis(s.fates().oldestWaitingMicros())
          : percentile(s, p.micros(s.latency())));
    }
    row.add(Units.percent(s.resources().clientCpuPercent()).replace(" ", ""));
    row.add(Units.percent(s.resources().targetCpuPercent()).replace(" ", ""));
    out.printf(FORMAT, row.toArray());
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
