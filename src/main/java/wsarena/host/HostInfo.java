package wsarena.host;

import java.util.List;

/**
 * The machine a run was measured on, attached to every result; {@code wsarena.report.Machines}
 * writes it as the hardware block of reports and tells whether two runs share a machine.
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
    List<String> jvmFlags) {}
