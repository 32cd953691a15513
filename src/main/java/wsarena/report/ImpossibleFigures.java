package wsarena.report;

import java.util.List;
import java.util.Optional;
import wsarena.metrics.Percentile;
import wsarena.metrics.Fates;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.Totals;

/**
 * Figures no run can have measured: a negative count or rate, a rate that is not a number,
 * percentiles out of order. A saved result holding one was edited or damaged, and a report, a
 * comparison or a chart made from it would print it as measured; {@link SavedRunReader} refuses
 * such a file with the first one found, named by where it is.
 */
final class ImpossibleFigures {
  private ImpossibleFigures() {}

  /** The first impossible figure of {@code r}, as a phrase ("totals.answeredPerSecond is -1e9"), or empty. */
  static Optional<String> in(RunResult r) {
    Totals t = r.totals();
    Totals.Messages m = t.messages();
    Fates f = t.fates();
    Optional<String> found = firstOf(
        counts("totals", List.of(
            new Figure("sent", m.sent()), new Figure("received", m.received()), new Figure("errors", m.errors()),
            new Figure("bytesSent", m.bytesSent()), new Figure("bytesReceived", m.bytesReceived()),
            new Figure("sentPerSecond", m.sentPerSecond()), new Figure("receivedPerSecond", m.receivedPerSecond()),
            new Figure("answeredPerSecond", m.answeredPerSecond()),
            new Figure("receivedMegabytesPerSecond", m.receivedMegabytesPerSecond()))),
        counts("totals", List.of(
            new Figure("intended", f.intended()), new Figure("answered", f.answered()), new Figure("timedOut", f.timedOut()),
            new Figure("notSent", f.notSent()), new Figure("inFlightAtStop", f.inFlightAtStop()))),
        counts("totals", List.of(new Figure("measuredMillis", t.measuredMillis()))),
        counts("totals", List.of(
            new Figure("handshakes", t.handshakes().count()), new Figure("handshakesPerSecond", t.handshakes().perSecond()))),
        latency("totals.latency", t.latency()),
        latency("totals.handshakeLatency", t.handshakes().latency()));
    if (found.isPresent()) {
      return found;
    }
    for (int i = 0; i < r.samples().size(); i++) {
      Sample s = r.samples().get(i);
      String at = "samples[" + i + "]";
      Sample.Counts c = s.counts();
      Sample.Latency l = s.latency();
      found = firstOf(
          counts(at + ".counts", List.of(
              new Figure("sent", c.sent()), new Figure("received", c.received()), new Figure("errors", c.errors()),
              new Figure("bytesSent", c.bytesSent()), new Figure("bytesReceived", c.bytesReceived()))),
          ordered(at + ".latency", p -> p.micros(l)));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private record Figure(String name, double value) {}

  @SafeVarargs
  private static Optional<String> firstOf(Optional<String>... checks) {
    for (Optional<String> c : checks) {
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> counts(String where, List<Figure> figures) {
    for (Figure f : figures) {
      if (!(f.value() >= 0) || Double.isInfinite(f.value())) {
        return Optional.of(where + "." + f.name() + " is " + number(f.value()) + ", and no count or rate can be");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> latency(String where, LatencySummary s) {
    if (s == null) {
      return Optional.empty();
    }
    return ordered(where, p -> p.micros(s));
  }

  /** p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max, none negative. */
  private static Optional<String> ordered(String where, java.util.function.ToLongFunction<Percentile> micros) {
    Percentile previous = null;
    for (Percentile p : Percentile.values()) {
      long value = micros.applyAsLong(p);
      if (value < 0) {
        return Optional.of(where + " has " + p.label() + " " + value + " µs, and no latency is negative");
      }
      if (previous != null && value < micros.applyAsLong(previous)) {
        return Optional.of(where + " has " + p.label() + " " + value + " µs below "
            + previous.label() + " " + micros.applyAsLong(previous) + " µs: percentiles out of order");
      }
      previous = p;
    }
    return Optional.empty();
  }

  private static String number(double v) {
    return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
