package wsarena.host;

import java.util.List;

/**
 * The machine a run was measured on: the seed's "Hardware" block, attached to every result.
 *
 * @param cpuModel e.g. {@code AMD EPYC 7B13}
 * @param physicalCores physical cores over all packages
 * @param logicalThreads hardware threads the OS schedules on
 * @param memoryBytes installed RAM
 * @param jvmFlags the JVM's input arguments, e.g. {@code -Xmx2g}
 */
public record HostInfo(
    String cpuModel,
    int physicalCores,
    int logicalThreads,
    long memoryBytes,
    String osName,
    String osVersion,
    String jvmVendor,
    String jvmVersion,
    List<String> jvmFlags) {

  /** One line for titles and exported images: model, cores, RAM, OS, JVM. */
  public String summaryLine() {
    return "%s · %d cores / %d threads · %s RAM · %s %s · %s %s"
        .formatted(
            cpuModel,
            physicalCores,
            logicalThreads,
            gibibytes(memoryBytes),
            osName,
            osVersion,
            jvmVendor,
            jvmVersion);
  }

  static String gibibytes(long bytes) {
    double gib = bytes / (1024.0 * 1024 * 1024);
    return gib >= 10 ? "%.0f GiB".formatted(gib) : "%.1f GiB".formatted(gib);
  }
}
