package wsarena.metrics;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Counts the context switches of some threads of a process between two readings, from Linux's
 * {@code /proc}: {@code voluntary_ctxt_switches} (the thread blocked: it waited for I/O, a lock or
 * a queue) and {@code nonvoluntary_ctxt_switches} (the scheduler took its core away).
 *
 * <p>A process's own {@code /proc/PID/status} counts its main thread only (measured here: a JVM's
 * main thread showed 1 switch while its compiler threads had thousands), so a process is the sum
 * over {@code /proc/PID/task/TID/status}. Each thread is followed by its id: one that started since
 * the last reading counts all of its switches; one that ended takes its last partial interval with
 * it, which the kernel keeps nowhere else.
 *
 * <pre>{@code
 * ContextSwitchCounter target = ContextSwitchCounter.ofProcess(pid);
 * ContextSwitchCounter client = ContextSwitchCounter.ofThreads(ProcessHandle.current().pid(), n -> n.startsWith("wsarena-client"));
 * Count since = client.next();   // the switches since the previous call; null where /proc cannot tell
 * }</pre>
 *
 * <p>Thread names are read from {@code comm}, which holds the first 15 characters of a Java
 * thread's name (the JVM sets it on Linux), so a name filter should test a prefix of at most 15
 * characters. Not thread-safe: one sampling thread calls it.
 */
public final class ContextSwitchCounter {
  /** The longest thread name the kernel keeps in {@code comm}. */
  public static final int COMM_LENGTH = 15;

  /** Switches of one thread, or of several summed. */
  public record Count(long voluntary, long involuntary) {
    static final Count ZERO = new Count(0, 0);

    Count plus(Count o) {
      return new Count(voluntary + o.voluntary, involuntary + o.involuntary);
    }

    Count minus(Count o) {
      return new Count(Math.max(0, voluntary - o.voluntary), Math.max(0, involuntary - o.involuntary));
    }
  }

  private final List<Path> tasks;
  private final Predicate<String> threadName;
  private final Map<String, Count> last = new HashMap<>();
  private boolean started;

  ContextSwitchCounter(Path tasks, Predicate<String> threadName) {
    this(List.of(tasks), threadName);
  }

  private ContextSwitchCounter(List<Path> tasks, Predicate<String> threadName) {
    this.tasks = List.copyOf(tasks);
    this.threadName = threadName;
  }

  /** Every thread of every process of {@code pids}, summed (thread ids are unique across them). */
  public static ContextSwitchCounter ofProcesses(List<Long> pids) {
    return new ContextSwitchCounter(pids.stream().map(pid -> Path.of("/proc", Long.toString(pid), "task")).toList(), name -> true);
  }

  /** Every thread of process {@code pid}. */
  public static ContextSwitchCounter ofProcess(long pid) {
    return new ContextSwitchCounter(Path.of("/proc", Long.toString(pid), "task"), name -> true);
  }

  /** The threads of process {@code pid} whose name (its first 15 characters) {@code threadName} accepts. */
  public static ContextSwitchCounter ofThreads(long pid, Predicate<String> threadName) {
    return new ContextSwitchCounter(Path.of("/proc", Long.toString(pid), "task"), threadName);
  }

  /**
   * The switches since the previous call; the first call sets the baseline and returns zero. Null
   * when {@code /proc} cannot tell: not Linux, or the process is gone.
   */
  public Count next() {
    if (tasks.stream().noneMatch(Files::isDirectory)) {
      return null;
    }
    Map<String, Count> now = new HashMap<>();
    for (Path folder : tasks) {
      try (DirectoryStream<Path> threads = Files.newDirectoryStream(folder)) {
        for (Path thread : threads) {
          Count c = read(thread);
          if (c != null) {
            now.put(thread.getFileName().toString(), c);
          }
        }
      } catch (IOException | RuntimeException e) {
        if (tasks.size() == 1) {
          return null;
        }
        // one of several processes gone: the others still count
      }
    }
    Count sum = Count.ZERO;
    for (Map.Entry<String, Count> e : now.entrySet()) {
      Count before = last.get(e.getKey());
      sum = sum.plus(before != null ? e.getValue().minus(before) : started ? e.getValue() : Count.ZERO);
    }
    last.clear();
    last.putAll(now);
    started = true;
    return sum;
  }

  /** One thread's switches so far, or null when it is not one of ours or has just ended. */
  private Count read(Path thread) {
    try {
      if (!threadName.test(Files.readString(thread.resolve("comm")).strip())) {
        return null;
      }
      return parse(Files.readString(thread.resolve("status")));
    } catch (IOException | RuntimeException e) {
      return null; // the thread ended between listing and reading
    }
  }

  /** The two counters of a {@code status} file; null when it has neither. */
  static Count parse(String status) {
    long voluntary = -1;
    long involuntary = -1;
    for (String line : status.split("\n")) {
      if (line.startsWith("voluntary_ctxt_switches:")) {
        voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
      } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
        involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
      }
    }
    return voluntary < 0 || involuntary < 0 ? null : new Count(voluntary, involuntary);
  }
}
