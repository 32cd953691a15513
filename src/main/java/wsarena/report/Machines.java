package wsarena.report;

import java.util.Objects;
import wsarena.host.HostInfo;

/**
 * The machine a run was measured on, in words, and whether two runs share one. What counts is the
 * hardware the figures depend on: the CPU model, its cores and threads, the RAM and the OS. Versions
 * (an OS build, a JVM update) and the JVM's flags are not the machine: the window and the command
 * line start the JVM with other flags, and a run of each on one machine is still a run on one
 * machine.
 */
public final class Machines {
  private Machines() {}

  /** True when both runs were measured on the same machine, as far as their host blocks tell. */
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

  /** One line for titles and exported images: model, cores, RAM, OS, JVM. */
  public static String summaryLine(HostInfo h) {
    return String.join(
        " · ", h.cpuModel(), cores(h, " / "), Units.bytes(h.memoryBytes()) + " RAM", os(h), jvm(h));
  }

  /** The CPU in a few words and its threads, e.g. {@code Intel Core i7-8565U · 8 threads}. */
  public static String shortName(HostInfo h) {
    if (h == null) {
      return "";
    }
    String cpu = h.cpuModel() == null ? "unknown CPU" : h.cpuModel();
    cpu = cpu.replaceAll("\\((R|TM|r|tm)\\)", "").replaceAll("\\s+CPU\\s*@.*$", "").replaceAll("\\s+@.*$", "");
    return cpu.replaceAll("\\s{2,}", " ").strip() + " · " + Units.plural(h.logicalThreads(), "thread");
  }

  /** The hardware block every report carries: CPU, cores and threads, RAM, OS, JVM. */
  public static String hardwareBlock(HostInfo h) {
    return "**Hardware**\n"
        + "- CPU: " + h.cpuModel() + " (" + cores(h, ", ") + ")\n"
        + "- RAM: " + Units.bytes(h.memoryBytes()) + "\n"
        + "- OS: " + os(h) + "\n"
        + "- JVM: " + jvm(h) + "\n";
  }

  private static String cores(HostInfo h, String between) {
    return Units.plural(h.physicalCores(), "core") + between + Units.plural(h.logicalThreads(), "thread");
  }

  private static String os(HostInfo h) {
    return h.osName() + " " + h.osVersion();
  }

  private static String jvm(HostInfo h) {
    return h.jvmVendor() + " " + h.jvmVersion();
  }
}
