package wsarena.ui;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.text.Sentences;

/**
 * This machine, detected once and off the FX thread (the hardware probe takes most of a second);
 * when the probe fails, what the JVM alone can say, with a sentence about why.
 */
final class HostDetection {
  private HostDetection() {}

  /** Detects the host; {@code ready} gets it on the FX thread, after {@code problem} when the probe failed. */
  static void start(Consumer<HostInfo> ready, Consumer<String> problem) {
    Background.run(
        "host-probe",
        HostProbe::detect,
        ready,
        failure -> {
          ready.accept(fromJvm());
          problem.accept("Could not read the hardware (" + Sentences.of(failure) + "); results show what the JVM knows");
        });
  }

  /** What the JVM alone can say about the machine. */
  static HostInfo fromJvm() {
    Runtime rt = Runtime.getRuntime();
    return new HostInfo(
        "unknown CPU",
        rt.availableProcessors(),
        rt.availableProcessors(),
        -1,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.vendor"),
        System.getProperty("java.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }
}
