package wsarena.host;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * Reads how far this machine's clock may be from true time, as its kernel's time discipline
 * keeps it: Linux's {@code adjtimex(2)} in read-only mode (no privilege needed, also in a
 * container), through JNA, which OSHI brings. Elsewhere, or when the call fails, it cannot tell.
 */
public final class ClockProbe {
  /** {@code struct timex} on 64-bit Linux: maxerror and esterror are longs at these offsets. */
  private static final int MAXERROR = 24;
  private static final int ESTERROR = 32;
  private static final int STATUS = 40;
  private static final int TIMEX_BYTES = 256;
  private static final int STA_UNSYNC = 0x0040;
  private static final int TIME_ERROR = 5;

  private ClockProbe() {}

  private static String bootId() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/random/boot_id")).strip();
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** The clock's status, or null when this machine cannot tell. */
  public static ClockStatus read() {
    if (!Platform.isLinux() || !Platform.is64Bit()) {
      return null;
    }
    try (Memory timex = new Memory(TIMEX_BYTES)) {
      timex.clear();
      Function adjtimex = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("adjtimex");
      int state = adjtimex.invokeInt(new Object[] {timex});
      if (state < 0) {
        return null;
      }
      boolean synced = state != TIME_ERROR && (timex.getInt(STATUS) & STA_UNSYNC) == 0;
      return new ClockStatus(synced, timex.getLong(ESTERROR), timex.getLong(MAXERROR), bootId());
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }
}
