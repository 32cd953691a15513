package wsarena.ui.compare;

import java.util.Objects;
import wsarena.host.HostInfo;

/** Whether two runs were measured on the same machine, as far as their host blocks tell. */
public final class Machines {
  private Machines() {}

  /** The CPU in a few words and its threads, e.g. {@code Intel Core i7-8565U · 8 threads}. */
  public static String shortName(HostInfo h) {
    if (h == null) {
      return "";
    }
    String cpu = h.cpuModel() == null ? "unknown CPU" : h.cpuModel();
    cpu = cpu.replaceAll("\\((R|TM|r|tm)\\)", "").replaceAll("\\s+CPU\\s*@.*$", "").replaceAll("\\s+@.*$", "");
    return cpu.replaceAll("\\s{2,}", " ").strip() + " · " + h.logicalThreads() + " threads";
  }

  /**
   * Same CPU model, cores, threads, RAM and OS. Versions (OS build, JVM) are left out: they change
   * with updates while the hardware the figures depend on stays.
   */
  public static boolean same(HostInfo a, HostInfo b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Objects.equals(a.cpuModel(), b.cpuModel())
        && a.physicalCores() == b.physicalCores()
        && a.logicalThreads() == b.logicalThreads()
        && a.memoryBytes() == b.memoryBytes()
        && Objects.equals(a.osName(), b.osName());
  }
}
