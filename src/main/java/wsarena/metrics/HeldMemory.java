package wsarena.metrics;

/**
 * The target's memory before its first connection and while it held its connections, each read
 * once the memory settled (for a JVM wsarena started, after asking it to collect garbage): what an
 * idle connection costs the target. -1 where a figure is not known.
 *
 * @param rssBeforeBytes the target's resident memory before the first connection
 * @param rssHeldBytes its resident memory while holding {@code connections}
 * @param heapBeforeBytes a JVM target's heap in use after a collection, before the first connection
 * @param heapHeldBytes the same while holding {@code connections}
 * @param connections the connections open when the held figures were read
 */
public record HeldMemory(
    long rssBeforeBytes, long rssHeldBytes, long heapBeforeBytes, long heapHeldBytes, int connections) {

  /** (RSS held − RSS before) / connections; -1 when not known. */
  public long memoryPerConnectionBytes() {
    return perConnection(rssBeforeBytes, rssHeldBytes);
  }

  /** (heap held − heap before) / connections; -1 when not known (not a JVM, or not its own). */
  public long heapPerConnectionBytes() {
    return perConnection(heapBeforeBytes, heapHeldBytes);
  }

  /**
   * Below the noise a difference can come out negative (a collection returned more than the
   * connections took): that reads as 0, a figure, not as -1, which means not measured.
   */
  private long perConnection(long before, long held) {
    if (before < 0 || held < 0 || connections <= 0) {
      return -1;
    }
    return Math.max(0, (held - before) / connections);
  }
}
