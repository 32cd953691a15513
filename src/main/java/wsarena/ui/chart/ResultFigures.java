package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import wsarena.metrics.TargetCost;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Percentile;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.Totals;
import wsarena.report.ComparisonReport;
import wsarena.report.ConnectionTables;
import wsarena.text.Units;
import wsarena.scenario.Workload;

/**
 * Which figures the result tile shows, by workload, on its grid of three columns: the latest
 * interval while a run goes, the measured totals once it ended. The figures come ready from the
 * core; this only picks and writes them.
 */
public final class ResultFigures {
  /** One tile: where it sits, its figure, what the figure is, and whether it is a headline. */
  record Figure(int column, int row, String value, String caption, boolean headline) {}

  private final List<Figure> figures = new ArrayList<>();

  private ResultFigures() {}

  private ResultFigures add(int column, int row, String value, String caption, boolean headline) {
    figures.add(new Figure(column, row, value, caption, headline));
    return this;
  }

  /** Percentile {@code p} of {@code l} under its own label, with {@code prefix} ("ping ") and {@code suffix} (" now"). */
  private ResultFigures add(int column, int row, Percentile p, LatencySummary l, String prefix, String suffix, boolean headline) {
    return add(column, row, Units.latency(p.micros(l)), prefix + p.label() + suffix, headline);
  }

  /** Percentile {@code p} of an interval, "–" when it timed nothing. */
  private ResultFigures add(int column, int row, Percentile p, Sample.Latency l, String prefix, boolean headline) {
    return add(column, row, l.measuredAny() ? Units.latency(p.micros(l)) : "–", prefix + p.label() + " now", headline);
  }

  /** The latest interval of a run of {@code workload}. */
  static List<Figure> live(Sample s, Workload workload) {
    ResultFigures f = new ResultFigures();
    String cpu = Units.percent(s.resources().clientCpuPercent()) + " / " + Units.percent(s.resources().targetCpuPercent());
    switch (workload) {
      case STORM -> f.add(0, 0, Units.perSecond(s.handshakesPerSecond()), "handshakes now", true)
          .add(1, 0, Percentile.P99, s.latency(), "", true)
          .add(2, 0, Percentile.MAX, s.latency(), "", true)
          .add(0, 1, Units.whole(s.connections().connecting()), "in flight", false)
          .add(1, 1, Units.whole(s.connectFailures().total()), "failed now", false);
      case IDLE -> f.add(0, 0, Units.whole(s.connections().open()), "open", true)
          .add(1, 0, memory(s.perConnection().targetMemoryBytes()), "per connection now", true)
          .add(2, 0, Percentile.P99, s.latency(), "ping ", true)
          .add(0, 1, Units.perSecond(s.receivedPerSecond()), "pongs now", false)
          .add(1, 1, Units.whole(s.counts().errors()), "errors now", false);
      case ECHO, BROADCAST -> f.add(0, 0, Units.perSecond(s.receivedPerSecond()), "received now", true)
          .add(1, 0, Percentile.P99, s.latency(), "", true)
          .add(2, 0, Percentile.MAX, s.latency(), "", true)
          .add(0, 1, Units.whole(s.connections().open()), "open", false)
          .add(1, 1, Units.whole(s.counts().errors()), "errors now", false)
          // falling behind shows here first: messages waiting their turn, and those given up on
          .add(0, 2, Units.whole(s.fates().backlog()), "waiting to send", false)
          .add(1, 2, Units.whole(s.fates().inFlight()), "in flight", false)
          .add(2, 2, Units.whole(s.fates().timedOut() + s.fates().notSent()), "timed out + not sent now", false);
    }
    return f.add(2, 1, cpu, "CPU client / target", false).figures;
  }

  /**
   * A finished run's totals; {@code compact} while several runs are side by side, whose table has
   * the rest.
   */
  static List<Figure> finished(RunResult r, boolean compact) {
    Totals t = r.totals();
    ResultFigures f = new ResultFigures();
    if (t == null) {
      return f.figures;
    }
    Workload w = workloadOf(r);
    LatencySummary l = t.latency();
    boolean timed = l != null && l.count() > 0;
    String cpu = Units.percent(t.cpu().clientPercent()) + " / " + Units.percent(t.cpu().targetPercent());
    switch (w) {
      case STORM -> {
        f.add(0, 0, Units.perSecond(t.handshakes().perSecond()), "handshakes/s", true);
        if (timed) {
          f.add(1, 0, Percentile.P99, l, "", "", true).add(2, 0, Percentile.P999, l, "", "", true);
          f.add(0, 1, Percentile.P50, l, "", "", false).add(1, 1, Percentile.P90, l, "", "", false);
          f.add(2, 1, Percentile.MAX, l, "", "", false);
        }
        if (!compact) {
          f.add(0, 2, Units.whole(t.connections().failuresByCause().total()), "failed attempts", false)
              .add(1, 2, ConnectionTables.sources(t.connections().sources()), "source addr × ports", false)
              .add(2, 2, cpu, "CPU client / target", false)
              .add(0, 3, Units.micros(t.handshakes().clientCpuMicrosEach()), "client CPU/hs", false)
              .add(1, 3, Units.micros(TargetCost.cpuMicrosPerHandshake(r)), "target CPU/hs", false);
        }
      }
      case IDLE -> {
        f.add(0, 0, memory(t.memory().perConnectionBytes()), "per connection", true)
            .add(1, 0, timed ? Units.latency(Percentile.P99.micros(l)) : "–", "ping " + Percentile.P99.label(), true)
            .add(2, 0, held(t), "held", true);
        if (!compact) {
          f.add(0, 1, memory(t.memory().heapPerConnectionBytes()), "heap per connection", false)
              .add(1, 1, timed ? Units.latency(Percentile.P50.micros(l)) : "–", "ping " + Percentile.P50.label(), false)
              .add(2, 1, timed ? Units.latency(Percentile.MAX.micros(l)) : "–", "ping " + Percentile.MAX.label(), false)
              .add(0, 2, Units.bytes(t.memory().targetRssPeakBytes()), "target RSS", false)
              .add(1, 2, Units.whole(t.messages().errors()), "errors", false)
              .add(2, 2, cpu, "CPU client / target", false);
        }
      }
      case ECHO, BROADCAST -> {
        if (!timed) {
          return f.add(0, 0, Units.whole(t.messages().received()), "received", true)
              .add(1, 0, Units.whole(t.messages().errors()), "errors", true)
              .add(2, 0, t.connections().peak() + " / " + t.connections().requested(), "connections", true)
              .figures;
        }
        f.add(0, 0, Units.perSecond(t.messages().receivedPerSecond()), "msgs/s", true)
            .add(1, 0, Percentile.P99, l, "", "", true)
            .add(2, 0, Percentile.P999, l, "", "", true);
        if (compact) {
          f.add(0, 1, Percentile.P90, l, "", "", false)
              .add(1, 1, Units.megabytesPerSecond(t.messages().receivedMegabytesPerSecond()), "received", false)
              .add(2, 1, t.connections().peak() + " / " + t.connections().requested(), "connections", false);
        } else {
          f.add(0, 1, Percentile.P50, l, "", "", false)
              .add(1, 1, Percentile.P90, l, "", "", false)
              .add(2, 1, Percentile.MAX, l, "", "", false)
              .add(0, 2, Units.megabytesPerSecond(t.messages().receivedMegabytesPerSecond()), "received", false)
              .add(1, 2, Units.whole(t.messages().errors()), "errors", false)
              .add(2, 2, t.connections().peak() + " / " + t.connections().requested(),
                  t.connections().failed() > 0 ? "connections, " + Units.whole(t.connections().failed()) + " failed" : "connections", false)
              .add(0, 3, cpu, "CPU client / target", false)
              .add(1, 3, Units.micros(TargetCost.cpuMicrosPerMessage(r)), "target CPU/msg", false)
              .add(2, 3, Units.switchesPerMessage(t.contextSwitches().targetPerMessage()), "target cs/msg", false);
        }
      }
    }
    return f.figures;
  }

  /**
   * A run's rate with its unit, as the runs side by side list it: messages per second, a storm's
   * handshakes per second, or an idle run's pongs per second.
   */
  public static String rate(RunResult r) {
    Totals t = r.totals();
    if (t == null) {
      return Units.NOT_KNOWN;
    }
    return switch (workloadOf(r)) {
      case STORM -> Units.perSecond(t.handshakes().perSecond()).replace("/s", " hs/s");
      case IDLE -> Units.perSecond(t.messages().receivedPerSecond()).replace("/s", " pongs/s");
      case ECHO, BROADCAST -> Units.perSecond(t.messages().receivedPerSecond()).replace("/s", " msgs/s");
    };
  }

  /**
   * What the run cost the target per unit of its work: CPU and context switches per message,
   * CPU per handshake for a storm, resident memory per connection for an idle run.
   */
  public static String targetCost(RunResult r) {
    Totals t = r.totals();
    if (t == null) {
      return Units.NOT_KNOWN;
    }
    return switch (workloadOf(r)) {
      case STORM -> Units.micros(TargetCost.cpuMicrosPerHandshake(r)) + "/hs";
      case IDLE -> t.memory().perConnectionBytes() < 0 ? Units.NOT_KNOWN : Units.bytes(t.memory().perConnectionBytes()) + "/conn";
      case ECHO, BROADCAST -> perMessage(TargetCost.cpuMicrosPerMessage(r), t.contextSwitches().targetPerMessage());
    };
  }

  /** The latest interval's rate in words: {@code 81.2k/s received}, {@code 981/s handshakes}. */
  public static String liveRate(Sample s, Workload workload) {
    return switch (workload) {
      case STORM -> Units.perSecond(s.handshakesPerSecond()) + " handshakes";
      case IDLE -> Units.perSecond(s.receivedPerSecond()) + " pongs";
      case ECHO, BROADCAST -> Units.perSecond(s.receivedPerSecond()) + " received";
    };
  }

  private static Workload workloadOf(RunResult r) {
    return r.scenario().workload();
  }

  /** CPU time and context switches per message, e.g. {@code 19.1 µs · 1.20 cs}. */
  static String perMessage(double cpuMicros, double switches) {
    return Units.micros(cpuMicros) + " · " + Units.switchesPerMessage(switches) + " cs";
  }

  /** The connections held, and the number asked for only when it was not reached. */
  private static String held(Totals t) {
    return t.connections().peak() >= t.connections().requested()
        ? Units.whole(t.connections().peak())
        : Units.whole(t.connections().peak()) + " / " + Units.whole(t.connections().requested());
  }

  private static String memory(long bytes) {
    return bytes < 0 ? Units.NOT_KNOWN : Units.bytes(bytes);
  }
}
