package wsarena.host;

import java.lang.management.ManagementFactory;
import java.util.List;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;

/**
 * Detects the host with OSHI. The queries take about a second: call {@link #detect()} once, off
 * any UI thread, and pass the result along.
 */
public final class HostProbe {
  private HostProbe() {}

  public static HostInfo detect() {
    String cpu = "unknown CPU";
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = cores;
    long memory = Runtime.getRuntime().maxMemory();
    String osName = System.getProperty("os.name");
    String osVersion = System.getProperty("os.version");
    try {
      SystemInfo si = new SystemInfo();
      HardwareAbstractionLayer hw = si.getHardware();
      CentralProcessor p = hw.getProcessor();
      cpu = p.getProcessorIdentifier().getName().strip();
      cores = p.getPhysicalProcessorCount();
      threads = p.getLogicalProcessorCount();
      memory = hw.getMemory().getTotal();
      OperatingSystem os = si.getOperatingSystem();
      osName = os.getFamily();
      osVersion = os.getVersionInfo().toString();
    } catch (RuntimeException | LinkageError e) {
      // OSHI could not read this platform: keep what the JVM itself knows.
    }
    List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
    return new HostInfo(
        cpu,
        cores,
        threads,
        memory,
        osName,
        osVersion,
        System.getProperty("java.vm.vendor"),
        Runtime.version().toString(),
        List.copyOf(flags));
  }
}
