package wsarena.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Measures CPU and memory each interval: the generator's, and the target's when it can be seen.
 *
 * <p>A target in its own process is read as a process (OSHI). A target in this JVM shares the
 * process, so its CPU is the sum of its threads' CPU (engines name their threads {@code
 * wsarena-server...}) and the client gets the rest: a fair split, though GC and JIT threads count
 * for the client. CPU is in percent of the whole machine; -1 marks a figure that cannot be known.
 */
public final class ResourceSampler {
  /**
   * One reading: the machine's figures for the sample, and the busiest generator thread, which
   * tells whether the generator kept up.
   *
   * @param generatorBusyPercent the busiest generator thread, in percent of one core: running, or
   *     runnable and waiting for a core
   * @param generatorWaitingPercent the part of it that thread spent waiting for a core
   */
  public record Reading(
      Sample.Resources resources,
      double generatorBusyPercent,
      double generatorWaitingPercent,
      Sample.ContextSwitches contextSwitches) {}

  /** Where the target runs, as far as measuring it goes. */
  public sealed interface TargetProcess {
    /** In this JVM: its threads are those the predicate accepts by name. */
    record SameJvm(Predicate<String> isServerThread) implements TargetProcess {}

    /** A process of its own. */
    record Pid(long pid) implements TargetProcess {}

    /**
     * Several processes measured as one target (instances of a Python server and the balancer in
     * front of them): CPU, memory and context switches are their sum.
     *
     * @param balancer the balancer's pid among {@code pids}, when there is one
     */
    record Pids(List<Long> pids, OptionalLong balancer) implements TargetProcess {
      public Pids {
        pids = List.copyOf(pids);
      }
    }

    /** Somewhere we cannot measure. */
    record Unknown() implements TargetProcess {}
  }

  private static final com.sun.management.OperatingSystemMXBean OS_BEAN =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final int logicalCpus = Runtime.getRuntime().availableProcessors();
  private final List<GeneratorThread> generatorThreads;
  private final TargetProcess target;
  private final long selfPid = ProcessStats.selfPid();
  private final Map<Long, Long> lastThreadCpu = new HashMap<>();
  private final Map<Long, ThreadSchedule.Reading> lastSchedule = new HashMap<>();
  private final Map<Long, Boolean> isServerThread = new HashMap<>();
  private final ContextSwitchCounter clientSwitches;
  private final ContextSwitchCounter targetSwitches;
  private long lastWallNanos;
  private long lastProcessCpu;
  private long lastTargetCpu;
  private long lastBalancerCpu;

  /**
   * @param generatorThreads the generator's threads, for their CPU and their run delay
   * @param isGeneratorThread tells the generator's threads by name (its first {@value
   *     ContextSwitchCounter#COMM_LENGTH} characters), for their context switches
   */
  public ResourceSampler(List<GeneratorThread> generatorThreads, Predicate<String> isGeneratorThread, TargetProcess target) {
    this.generatorThreads = List.copyOf(generatorThreads);
    this.target = target;
    this.clientSwitches = ContextSwitchCounter.ofThreads(selfPid, isGeneratorThread);
    this.targetSwitches =
        switch (target) {
          case TargetProcess.SameJvm same -> ContextSwitchCounter.ofThreads(selfPid, same.isServerThread());
          case TargetProcess.Pid p -> ContextSwitchCounter.ofProcess(p.pid());
          case TargetProcess.Pids p -> ContextSwitchCounter.ofProcesses(p.pids());
          case TargetProcess.Unknown _ -> null;
        };
    sample(); // the baseline
  }

  /** The figures since the previous call. */
  public Reading sample() {
    long wall = System.nanoTime();
    long wallDelta = Math.max(1, wall - lastWallNanos);
    boolean first = lastWallNanos == 0;
    lastWallNanos = wall;

    long processCpu = OS_BEAN.getProcessCpuTime();
    long processDelta = processCpu - lastProcessCpu;
    lastProcessCpu = processCpu;

    double generatorBusy = 0;
    double generatorWaiting = 0;
    for (GeneratorThread t : generatorThreads) {
      long cpu = threadCpuDelta(t.javaId());
      long waiting = waitingDelta(t.nativeId());
      double busy = Math.min(100.0, 100.0 * (cpu + waiting) / wallDelta);
      if (busy >= generatorBusy) {
        generatorBusy = busy;
        generatorWaiting = Math.min(busy, 100.0 * waiting / wallDelta);
      }
    }

    double targetCpu = -1;
    double balancerCpu = -1;
    long targetRss = -1;
    long serverThreadsCpu = 0;
    switch (target) {
      case TargetProcess.SameJvm same -> {
        serverThreadsCpu = serverThreadsCpuDelta(same.isServerThread());
        targetCpu = percentOfMachine(serverThreadsCpu, wallDelta);
      }
      case TargetProcess.Pid p -> {
        ProcessStats.Reading r = ProcessStats.read(p.pid());
        if (r != null) {
          targetCpu = percentOfMachine(r.cpuNanos() - lastTargetCpu, wallDelta);
          lastTargetCpu = r.cpuNanos();
          targetRss = r.rssBytes();
        }
      }
      case TargetProcess.Pids p -> {
        long cpu = 0;
        long rss = 0;
        boolean any = false;
        for (long pid : p.pids()) {
          ProcessStats.Reading r = ProcessStats.read(pid);
          if (r != null) {
            cpu += r.cpuNanos();
            rss += r.rssBytes();
            any = true;
          }
        }
        if (any) {
          targetCpu = percentOfMachine(Math.max(0, cpu - lastTargetCpu), wallDelta);
          lastTargetCpu = cpu;
          targetRss = rss;
        }
        if (p.balancer().isPresent()) {
          ProcessStats.Reading b = ProcessStats.read(p.balancer().getAsLong());
          if (b != null) {
            balancerCpu = percentOfMachine(Math.max(0, b.cpuNanos() - lastBalancerCpu), wallDelta);
            lastBalancerCpu = b.cpuNanos();
          }
        }
      }
      case TargetProcess.Unknown _ -> {}
    }
    ProcessStats.Reading self = ProcessStats.read(selfPid);
    long clientRss = self == null ? -1 : self.rssBytes();
    Sample.ContextSwitches switches = switchesPerSecond(wallDelta);
    if (first) {
      return new Reading(
            new Sample.Resources(0, target instanceof TargetProcess.Unknown ? -1 : 0, 0, clientRss, targetRss, balancerCpu < 0 ? -1 : 0),
            0,
            0,
            Sample.ContextSwitches.UNKNOWN);
    }
    double clientCpu = percentOfMachine(Math.max(0, processDelta - serverThreadsCpu), wallDelta);
    return new Reading(
        new Sample.Resources(clientCpu, targetCpu, MEMORY.getHeapMemoryUsage().getUsed(), clientRss, targetRss, balancerCpu),
        generatorBusy,
        generatorWaiting,
        switches);
  }

  private Sample.ContextSwitches switchesPerSecond(long wallNanos) {
    ContextSwitchCounter.Count client = clientSwitches.next();
    ContextSwitchCounter.Count server = targetSwitches == null ? null : targetSwitches.next();
    double seconds = wallNanos / 1e9;
    return new Sample.ContextSwitches(
        client == null ? -1 : client.voluntary() / seconds,
        client == null ? -1 : client.involuntary() / seconds,
        server == null ? -1 : server.voluntary() / seconds,
        server == null ? -1 : server.involuntary() / seconds);
  }

  /** The CPU time the given threads of this JVM have used so far, in nanoseconds. */
  public static long threadsCpuNanos(List<GeneratorThread> threads) {
    long sum = 0;
    for (GeneratorThread t : threads) {
      sum += Math.max(0, THREADS.getThreadCpuTime(t.javaId()));
    }
    return sum;
  }

  /**
   * Clamped to 0..100: process CPU time advances in scheduler ticks, so over a short interval (the
   * draining tail can be 20 ms) one tick more or less reads as more than the machine has.
   */
  private double percentOfMachine(long cpuNanos, long wallNanos) {
    return Math.clamp(100.0 * cpuNanos / ((double) wallNanos * logicalCpus), 0.0, 100.0);
  }

  /** How long the thread waited for a core since the last reading; 0 where the OS does not say. */
  private long waitingDelta(long nativeId) {
    ThreadSchedule.Reading now = ThreadSchedule.read(nativeId);
    if (now == null) {
      return 0;
    }
    ThreadSchedule.Reading before = lastSchedule.put(nativeId, now);
    return before == null ? 0 : Math.max(0, now.waitingNanos() - before.waitingNanos());
  }

  private long threadCpuDelta(long id) {
    long now = THREADS.getThreadCpuTime(id);
    if (now < 0) {
      return 0;
    }
    Long before = lastThreadCpu.put(id, now);
    return before == null ? 0 : now - before;
  }

  private long serverThreadsCpuDelta(Predicate<String> isServer) {
    long[] ids = THREADS.getAllThreadIds();
    long sum = 0;
    for (long id : ids) {
      Boolean server = isServerThread.get(id);
      if (server == null) {
        ThreadInfo info = THREADS.getThreadInfo(id);
        server = info != null && isServer.test(info.getThreadName());
        isServerThread.put(id, server);
      }
      if (server) {
        sum += threadCpuDelta(id);
      }
    }
    return sum;
  }
}
