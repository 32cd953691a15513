package wsarena.metrics;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * CPU time and resident memory of a process, read through OSHI so it works on Linux, Windows and
 * macOS alike.
 */
public final class ProcessStats {
  private static final OperatingSystem OS = new SystemInfo().getOperatingSystem();

  /**
   * @param cpuNanos user plus kernel time since the process started
   * @param rssBytes resident memory now
   */
  public record Reading(long cpuNanos, long rssBytes) {}

  private ProcessStats() {}

  /** The process with this id, or null when it no longer runs. */
  public static Reading read(long pid) {
    OSProcess p = OS.getProcess((int) pid);
    if (p == null) {
      return null;
    }
    return new Reading((p.getKernelTime() + p.getUserTime()) * 1_000_000L, p.getResidentMemory());
  }

  /** This JVM's process id. */
  public static long selfPid() {
    return ProcessHandle.current().pid();
  }
}
