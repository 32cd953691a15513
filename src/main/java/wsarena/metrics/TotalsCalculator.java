package wsarena.metrics;

import java.util.List;
import org.HdrHistogram.Histogram;

/** Sums a run's measured samples into its {@link Totals}. */
public final class TotalsCalculator {
  private TotalsCalculator() {}

  /**
   * What the sampler gathered over the whole run, beside its samples.
   *
   * @param latency every latency of the messages intended inside the measured window
   * @param corrected the coordinated-omission-corrected histogram, or null
   * @param correctedIntervalMicros the interval the correction assumed; 0 without one
   * @param fates the fates of the messages intended inside the measured window
   * @param sendLag how late the generator took up each message in the measured intervals, µs
   * @param generatorCpuNanos CPU time of the generator's threads during the measured phase
   */
  public record Measured(
      Histogram latency,
      Histogram corrected,
      long correctedIntervalMicros,
      Fates fates,
      Histogram sendLag,
      long generatorCpuNanos) {}

  /**
   * @param samples every sample of the run; only measured ones count towards rates and CPU
   */
  public static Totals of(List<Sample> samples, Measured m, int connectionsRequested) {
    List<Sample> measured = IntervalSampler.measuredOnly(samples);
    long millis = 0, sent = 0, received = 0, errors = 0, bytesSent = 0, bytesReceived = 0, handshakes = 0, answered = 0;
    double clientCpuTime = 0, targetCpuTime = 0;
    boolean targetKnown = !measured.isEmpty();
    for (Sample s : measured) {
      millis += s.intervalMillis();
      sent += s.counts().sent();
      received += s.counts().received();
      errors += s.counts().errors();
      bytesSent += s.counts().bytesSent();
      bytesReceived += s.counts().bytesReceived();
      handshakes += s.connections().handshakes();
      answered += s.fates().answered();
      clientCpuTime += s.resources().clientCpuPercent() * s.intervalMillis();
      if (s.resources().targetCpuPercent() < 0) {
        targetKnown = false;
      } else {
        targetCpuTime += s.resources().targetCpuPercent() * s.intervalMillis();
      }
    }
    int peak = samples.stream().mapToInt(s -> s.connections().open()).max().orElse(0);
    int failed = samples.isEmpty() ? 0 : samples.getLast().connections().failed();
    long clientRssPeak = samples.stream().mapToLong(s -> s.resources().clientRssBytes()).max().orElse(-1);
    long targetRssPeak = samples.stream().mapToLong(s -> s.resources().targetRssBytes()).max().orElse(-1);
    double seconds = millis / 1000.0;
    double clientCpu = millis == 0 ? 0 : clientCpuTime / millis;
    long messages = Math.max(received, sent);
    Fates f = m.fates();
    return new Totals(
        millis,
        sent,
        received,
        errors,
        bytesSent,
        bytesReceived,
        connectionsRequested,
        peak,
        failed,
        handshakes,
        seconds == 0 ? 0 : received / seconds,
        seconds == 0 ? 0 : sent / seconds,
        seconds == 0 ? 0 : bytesReceived / seconds / 1e6,
        LatencySummary.of(m.latency()),
        m.corrected() == null ? null : LatencySummary.of(m.corrected()),
        clientCpu,
        targetKnown && millis > 0 ? targetCpuTime / millis : -1,
        clientRssPeak,
        targetRssPeak,
        messages == 0 ? 0 : m.generatorCpuNanos() / 1000.0 / messages,
        f.intended(),
        f.answered(),
        f.timedOut(),
        f.notSent(),
        f.inFlightAtStop(),
        seconds == 0 ? 0 : answered / seconds,
        LatencySummary.of(m.sendLag()),
        m.correctedIntervalMicros());
  }
}
