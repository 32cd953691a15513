package wsarena.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a thread of this process spent its time, from Linux's {@code /proc/self/task/TID/schedstat}:
 * running on a core, and runnable but waiting for one. The second is what CPU time misses on
 * shared cores: a generator thread at nice 10 beside a busy server may use half a core and wait
 * the other half, and it could no more send on time than a thread busy all the time.
 */
public final class ThreadSchedule {
  private static final Path SELF_TASKS = Path.of("/proc/self/task");
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  /**
   * @param runningNanos time on a core since the thread started
   * @param waitingNanos time runnable, waiting for a core, since the thread started
   */
  public record Reading(long runningNanos, long waitingNanos) {}

  private ThreadSchedule() {}

  /** The calling thread's id in the OS, or -1 where it cannot be read (not Linux). */
  public static long currentNativeId() {
    try {
      // "/proc/thread-self" links to "<pid>/task/<tid>"
      Path link = Files.readSymbolicLink(THREAD_SELF);
      return Long.parseLong(link.getFileName().toString());
    } catch (IOException | UnsupportedOperationException | NumberFormatException | SecurityException e) {
      return -1;
    }
  }

  /** The thread's times so far, or null when the OS does not give them (or the thread is gone). */
  public static Reading read(long nativeId) {
    if (nativeId < 0) {
      return null;
    }
    try {
      return parse(Files.readString(SELF_TASKS.resolve(Long.toString(nativeId)).resolve("schedstat")));
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** Reads {@code "<running ns> <waiting ns> <timeslices>"}; null when it is not that. */
  static Reading parse(String schedstat) {
    String[] parts = schedstat.strip().split("\\s+");
    if (parts.length < 2) {
      return null;
    }
    try {
      return new Reading(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
