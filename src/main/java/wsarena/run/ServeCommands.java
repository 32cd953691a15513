package wsarena.run;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * What a run may ask a target in its own process ({@code wsarena serve}, started with {@value
 * #FLAG}) on its stdin, one line each, and the line it answers on stdout. So far one question:
 * collect garbage and say the heap in use after it, so an idle run measures a JVM's memory per
 * connection without the garbage of its start-up.
 *
 * <pre>{@code
 * gc                                   → wsarena-serve heap-used=31457280
 * }</pre>
 */
public final class ServeCommands {
  /** The {@code serve} flag that makes it read these commands. */
  public static final String FLAG = "--commands-on-stdin";

  static final String COLLECT_GARBAGE = "gc";
  private static final String HEAP_USED = "wsarena-serve heap-used=";

  private ServeCommands() {}

  /** The answer to {@code command}, after doing what it asks; empty for a line that is none. */
  public static Optional<String> answer(String command) {
    if (!COLLECT_GARBAGE.equals(command.strip())) {
      return Optional.empty();
    }
    // twice: the first collection may leave what the finalizers and cleaners free for the second
    System.gc();
    System.gc();
    return Optional.of(HEAP_USED + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /** The heap in use that an answer to {@link #COLLECT_GARBAGE} gives. */
  static Optional<Long> heapUsed(String line) {
    if (!line.startsWith(HEAP_USED)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(line.substring(HEAP_USED.length()).strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
