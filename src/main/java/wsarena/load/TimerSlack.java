package wsarena.load;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * How much later than asked Linux may wake a generator thread. A normal thread's timer slack is 50
 * µs, so that the kernel can coalesce wake-ups; a generator thread that sleeps until its next
 * pacing quantum was woken 76 µs late at p50 with it (145 µs at p99; 10,000 msgs/s against Netty's
 * event loop in its own process, the quiet 2-core machine), and every message of the quantum
 * carried that lateness into its send lag and its latency. The generator's threads ask for {@value
 * #NANOS} ns instead, through {@code prctl(PR_SET_TIMERSLACK)} on the thread itself (Linux only;
 * elsewhere, or when the call is refused, the thread keeps its default and nothing else changes).
 */
final class TimerSlack {
  static final long NANOS = 1_000;
  private static final int PR_SET_TIMERSLACK = 29;
  private static final int PR_GET_TIMERSLACK = 30;
  private static final MethodHandle PRCTL = prctl();

  private TimerSlack() {}

  /** Sets the calling thread's timer slack to {@value #NANOS} ns; false when this host cannot. */
  static boolean tightenCurrentThread() {
    if (PRCTL == null) {
      return false;
    }
    try {
      return (int) PRCTL.invokeExact(PR_SET_TIMERSLACK, NANOS) == 0;
    } catch (Throwable refused) {
      return false;
    }
  }

  /** The calling thread's timer slack in ns, or -1 where it cannot be read. */
  static long currentThreadNanos() {
    if (PRCTL == null) {
      return -1;
    }
    try {
      return (int) PRCTL.invokeExact(PR_GET_TIMERSLACK, 0L);
    } catch (Throwable refused) {
      return -1;
    }
  }

  /** {@code int prctl(int option, ...)}, called with one unsigned long; null off Linux. */
  private static MethodHandle prctl() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return null;
    }
    try {
      Linker linker = Linker.nativeLinker();
      return linker.defaultLookup().find("prctl")
          .map(address -> linker.downcallHandle(
              address,
              FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG),
              Linker.Option.firstVariadicArg(1)))
          .orElse(null);
    } catch (RuntimeException | LinkageError unavailable) {
      return null;
    }
  }
}
