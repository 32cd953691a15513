package wsarena.metrics;

import java.util.List;
import org.HdrHistogram.Histogram;

/** Sums a run's measured samples into its {@link Totals}. */
public final class TotalsCalculator {
  private TotalsCalculator() {}

  /**
   * What the sampler gathered over the whole run, beside its samples.
   *
   * @param latency every latency of the messages intended inside the measured window (a storm's
   *     handshakes, an idle run's pongs in the measured phase)
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
      long generatorCpuNanos,
      long[] answeredPerConnection) {

    /** Without answers counted per connection: a merged run, a workload other than echo. */
    public Measured(Histogram latency, Histogram corrected, long correctedIntervalMicros, Fates fates, Histogram sendLag, long generatorCpuNanos) {
      this(latency, corrected, correctedIntervalMicros, fates, sendLag, generatorCpuNanos, new long[0]);
    }
  }

  /**
   * What the connection workloads measured besides their samples.
   *
   * @param handshakesTimed the latency histogram holds handshakes (a storm), not messages
   * @param sources a storm's source addresses and ports, or null
   * @param memory an idle run's target memory before and while held, or null
   */
  public record ConnectionFigures(boolean handshakesTimed, SourcesUsed sources, HeldMemory memory) {
    public static final ConnectionFigures NONE = new ConnectionFigures(false, null, null);
  }

  /** Totals of a workload that sends messages (echo, broadcast). */
  public static Totals of(List<Sample> samples, Measured m, int connectionsRequested) {
    return of(samples, m, connectionsRequested, ConnectionFigures.NONE);
  }

  /**
   * @param samples every sample of the run; only measured ones count towards rates and CPU
   * @param connectionFigures what a storm or an idle run measured besides its samples
   */
  public static Totals of(List<Sample> samples, Measured m, int connectionsRequested, ConnectionFigures connectionFigures) {
    List<Sample> measured = IntervalSampler.measuredOnly(samples);
    long millis = 0, sent = 0, received = 0, errors = 0, bytesSent = 0, bytesReceived = 0, handshakes = 0, answered = 0;
    double clientCpuTime = 0, targetCpuTime = 0, balancerCpuTime = 0;
    long balancerMillis = 0;
    boolean targetKnown = !measured.isEmpty();
    Switches client = new Switches(), target = new Switches();
    Switches clientVoluntary = new Switches(), clientInvoluntary = new Switches();
    Switches targetVoluntary = new Switches(), targetInvoluntary = new Switches();
    FailuresByCause connectFailures = FailuresByCause.NONE;
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
      if (s.resources().balancerCpuPercent() >= 0) {
        balancerCpuTime += s.resources().balancerCpuPercent() * s.intervalMillis();
        balancerMillis += s.intervalMillis();
      }
      client.add(s.contextSwitches().clientPerSecond(), s.intervalMillis());
      target.add(s.contextSwitches().targetPerSecond(), s.intervalMillis());
      clientVoluntary.add(s.contextSwitches().clientVoluntaryPerSecond(), s.intervalMillis());
      clientInvoluntary.add(s.contextSwitches().clientInvoluntaryPerSecond(), s.intervalMillis());
      targetVoluntary.add(s.contextSwitches().targetVoluntaryPerSecond(), s.intervalMillis());
      targetInvoluntary.add(s.contextSwitches().targetInvoluntaryPerSecond(), s.intervalMillis());
      connectFailures = connectFailures.plus(s.connectFailures());
    }
    int peak = samples.stream().mapToInt(s -> s.connections().open()).max().orElse(0);
    int failed = samples.isEmpty() ? 0 : samples.getLast().connections().failed();
    long clientRssPeak = samples.stream().mapToLong(s -> s.resources().clientRssBytes()).max().orElse(-1);
    long targetRssPeak = samples.stream().mapToLong(s -> s.resources().targetRssBytes()).max().orElse(-1);
    double seconds = millis / 1000.0;
    double clientCpu = millis == 0 ? 0 : clientCpuTime / millis;
    long messages = Math.max(received, sent);
    return new Totals(
        millis,
        new Totals.Messages(
            sent,
            received,
            errors,
            bytesSent,
            bytesReceived,
            seconds == 0 ? 0 : sent / seconds,
            seconds == 0 ? 0 : received / seconds,
            seconds == 0 ? 0 : answered / seconds,
            seconds == 0 ? 0 : bytesReceived / seconds / 1e6),
        m.fates(),
        LatencySummary.of(m.latency()),
        m.corrected() == null
            ? null
            : new Totals.Corrected(LatencySummary.of(m.corrected()), m.correctedIntervalMicros()),
        LatencySummary.of(m.sendLag()),
        new Totals.Connections(connectionsRequested, peak, failed, connectFailures, connectionFigures.sources()),
        new Totals.Handshakes(
            handshakes,
            seconds == 0 ? 0 : handshakes / seconds,
            connectionFigures.handshakesTimed() ? LatencySummary.of(m.latency()) : null,
            handshakes == 0 ? -1 : m.generatorCpuNanos() / 1000.0 / handshakes),
        new Totals.Cpu(
            clientCpu,
            targetKnown && millis > 0 ? targetCpuTime / millis : -1,
            messages == 0 ? 0 : m.generatorCpuNanos() / 1000.0 / messages,
            balancerMillis > 0 && balancerMillis == millis ? balancerCpuTime / balancerMillis : -1),
        new Totals.ContextSwitches(
            target.per(received), client.per(messages), targetVoluntary.per(received), targetInvoluntary.per(received),
            clientVoluntary.per(messages), clientInvoluntary.per(messages)),
        new Totals.Memory(
            clientRssPeak,
            targetRssPeak,
            connectionFigures.memory() == null ? -1 : connectionFigures.memory().memoryPerConnectionBytes(),
            connectionFigures.memory() == null ? -1 : connectionFigures.memory().heapPerConnectionBytes()),
        Fairness.of(m.answeredPerConnection()));
  }

  /** Context switches summed over the measured intervals; unknown as soon as one interval did not know. */
  private static final class Switches {
    private double count;
    private boolean known = true;
    private boolean any;

    void add(double perSecond, long intervalMillis) {
      any = true;
      if (perSecond < 0) {
        known = false;
      } else {
        count += perSecond * intervalMillis / 1000.0;
      }
    }

    /** Switches per unit of work, -1 when not known or there was no work. */
    double per(long work) {
      return known && any && work > 0 ? count / work : -1;
    }
  }
}
