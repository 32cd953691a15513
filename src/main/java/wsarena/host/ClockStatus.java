package wsarena.host;

/**
 * How far this machine's clock may be from true time, as its kernel's time discipline (NTP, PTP,
 * chrony) estimates it. Two load machines can be at most the sum of their errors apart: that is
 * all a machine can tell about the others' clocks without talking to them.
 *
 * @param synced false when the kernel says its clock is not synchronized to any source
 * @param estimatedErrorMicros the kernel's estimated error
 * @param maxErrorMicros the kernel's bound on the error
 * @param kernelBootId the running kernel's boot id: load machines (processes, pods on one node)
 *     with the same one read the same clock, so they are not apart at all; null when unknown
 */
public record ClockStatus(boolean synced, long estimatedErrorMicros, long maxErrorMicros, String kernelBootId) {

  /** True when both were read from one kernel's clock. */
  public boolean sameClock(ClockStatus other) {
    return other != null && kernelBootId != null && kernelBootId.equals(other.kernelBootId);
  }
}
