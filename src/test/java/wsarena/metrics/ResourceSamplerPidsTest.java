package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A target of several processes (instances and their balancer) is measured as their sum. */
@Timeout(60)
class ResourceSamplerPidsTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  /** A busy loop that ends by itself, should the test not end it. */
  private static final String BUSY = "import time\nend = time.time() + 30\nwhile time.time() < end: pass\n";

  @Test
  void theCpuAndMemoryOfSeveralProcessesAreTheirSum() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON) && Files.isDirectory(Path.of("/proc/self/task")), "needs Linux and python3");
    Process a = new ProcessBuilder(PYTHON.toString(), "-c", BUSY).start();
    Process b = new ProcessBuilder(PYTHON.toString(), "-c", BUSY).start();
    try {
      // the first sampler loads the process readers (OSHI takes most of a second): not inside the compared intervals
      sampler(new ResourceSampler.TargetProcess.Pid(a.pid()));
      ResourceSampler both = sampler(new ResourceSampler.TargetProcess.Pids(List.of(a.pid(), b.pid()), OptionalLong.of(b.pid())));
      ResourceSampler onlyA = sampler(new ResourceSampler.TargetProcess.Pid(a.pid()));
      ResourceSampler onlyB = sampler(new ResourceSampler.TargetProcess.Pid(b.pid()));
      awaitCpu(a.pid(), b.pid());

      Sample.Resources sum = both.sample().resources();
      Sample.Resources ra = onlyA.sample().resources();
      Sample.Resources rb = onlyB.sample().resources();

      assertThat(ra.targetCpuPercent()).isPositive();
      assertThat(rb.targetCpuPercent()).isPositive();
      double parts = ra.targetCpuPercent() + rb.targetCpuPercent();
      assertThat(sum.targetCpuPercent()).isCloseTo(parts, within(0.15 * parts));
      assertThat(sum.targetRssBytes()).isCloseTo(ra.targetRssBytes() + rb.targetRssBytes(), within(2L << 20));
    } finally {
      a.destroyForcibly();
      b.destroyForcibly();
    }
  }

  private static ResourceSampler sampler(ResourceSampler.TargetProcess target) {
    return new ResourceSampler(List.of(), name -> false, target);
  }

  /** Waits until each process has used a fifth of a second of CPU more, so the readings are well above their resolution. */
  private static void awaitCpu(long... pids) throws InterruptedException {
    long[] start = new long[pids.length];
    for (int i = 0; i < pids.length; i++) {
      start[i] = ProcessStats.read(pids[i]).cpuNanos();
    }
    long deadline = System.nanoTime() + 30_000_000_000L;
    outer:
    while (System.nanoTime() < deadline) {
      Thread.sleep(50);
      for (int i = 0; i < pids.length; i++) {
        if (ProcessStats.read(pids[i]).cpuNanos() - start[i] < 200_000_000L) {
          continue outer;
        }
      }
      return;
    }
    throw new AssertionError("the busy processes got no CPU within 30 s");
  }
}
