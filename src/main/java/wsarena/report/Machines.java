package wsarena.report;

import wsarena.text.Units;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import wsarena.host.ClockStatus;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.metrics.SegmentInfo;

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

  /**
   * One line for every load machine of a run: the host's {@link #summaryLine(HostInfo)}, or for a
   * run merged from segments {@code 4 load machines, each: ...} (one kind of machine) or {@code 3
   * load machines: CPU A · 8 threads; CPU B · 4 threads; ...}.
   */
  public static String summaryLine(List<HostInfo> hosts) {
    if (hosts.size() == 1) {
      return summaryLine(hosts.getFirst());
    }
    if (hosts.stream().allMatch(h -> same(h, hosts.getFirst()))) {
      return hosts.size() + " load machines, each: " + summaryLine(hosts.getFirst());
    }
    return hosts.size() + " load machines: " + String.join("; ", hosts.stream().map(Machines::shortName).toList());
  }

  /**
   * The hardware block of a run: its host's; for a run merged from segments, every load machine
   * with its segment and how far its clock was from true time, as its kernel estimated.
   */
  public static String hardwareBlock(RunResult r) {
    List<SegmentInfo> segments = r.segments();
    if (segments.size() < 2) {
      return hardwareBlock(r.host()) + (segments.size() == 1 ? "- Segment: " + segments.getFirst().segment() + " of the scenario\n" : "");
    }
    StringBuilder sb = new StringBuilder("**Hardware** (" + segments.size() + " load machines, one segment each)\n");
    for (SegmentInfo s : segments) {
      HostInfo h = s.host();
      sb.append("- Segment ").append(s.segment()).append(": ")
          .append(h.cpuModel()).append(" (").append(cores(h, ", ")).append("), ")
          .append(Units.bytes(h.memoryBytes())).append(" RAM, ").append(os(h)).append(", ").append(jvm(h))
          .append("; ").append(clock(s.clock())).append('\n');
    }
    return sb.toString();
  }

  /** A machine's clock in words, e.g. {@code clock within 0.4 ms of true time}. */
  public static String clock(ClockStatus c) {
    if (c == null) {
      return "clock error not known";
    }
    if (!c.synced()) {
      return "clock not synchronized";
    }
    return String.format(Locale.ROOT, "clock within %.1f ms of true time", c.estimatedErrorMicros() / 1000.0);
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
