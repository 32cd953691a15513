package wsarena.metrics;

/**
 * What the target spent per unit of work, in µs of CPU time, from its share of the whole machine:
 * on shared cores a server that spends more per message leaves less for everything else, which
 * msgs/s alone hides. Its share is a percent of every hardware thread, so 25 % of 8 threads is two
 * cores busy: 2,000,000 µs of CPU each second.
 */
public final class TargetCost {
  private TargetCost() {}

  /** Per message received; -1 when the target's CPU is unknown or nothing was received. */
  public static double cpuMicrosPerMessage(RunResult r) {
    return per(r, r.totals().messages().receivedPerSecond());
  }

  /** Per handshake completed (a storm); -1 when the target's CPU is unknown or none completed. */
  public static double cpuMicrosPerHandshake(RunResult r) {
    return per(r, r.totals().handshakes().perSecond());
  }

  private static double per(RunResult r, double perSecond) {
    double targetPercent = r.totals().cpu().targetPercent();
    if (targetPercent < 0 || perSecond <= 0) {
      return -1;
    }
    double coreSecondsPerSecond = targetPercent / 100 * r.host().logicalThreads();
    return coreSecondsPerSecond * 1e6 / perSecond;
  }
}
