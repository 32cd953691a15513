package wsarena.metrics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * How long the thread that opened it has waited for a core so far (the run delay of Linux's {@code
 * /proc/thread-self/schedstat}), read often and cheaply: the file stays open and each reading is one
 * {@code pread} (about 2 µs here, where opening and reading the file each time took several times
 * that), parsed without allocating. For the generator's thread, which asks when it finds itself
 * behind its schedule whether it was working or waiting for a core meanwhile ({@link
 * ThreadSchedule} reads any thread's whole figures, once an interval).
 *
 * <p>Where the OS does not tell (not Linux), every reading is 0: no wait is ever seen. Used by its
 * own thread only.
 */
public final class CoreWaitClock implements AutoCloseable {
  private static final Path THREAD_SELF_SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

  private final FileChannel file;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(128);

  private CoreWaitClock(FileChannel file) {
    this.file = file;
  }

  /** The clock of the calling thread; one that always reads 0 where the OS gives no run delay. */
  public static CoreWaitClock ofCurrentThread() {
    try {
      return new CoreWaitClock(FileChannel.open(THREAD_SELF_SCHEDSTAT));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return new CoreWaitClock(null);
    }
  }

  /** The opening thread's time runnable but waiting for a core since it started, in ns; 0 when unknown. */
  public long waitedNanos() {
    if (file == null) {
      return 0;
    }
    buffer.clear();
    try {
      file.read(buffer, 0);
    } catch (IOException e) {
      return 0;
    }
    return secondNumber(buffer);
  }

  /** The second of the space-separated numbers in the buffer's first {@code position()} bytes; 0 when none. */
  static long secondNumber(ByteBuffer b) {
    long value = 0;
    int field = 0;
    for (int i = 0; i < b.position(); i++) {
      byte c = b.get(i);
      if (c >= '0' && c <= '9') {
        if (field == 1) {
          value = value * 10 + (c - '0');
        }
      } else if (field == 1) {
        return value;
      } else {
        field++;
      }
    }
    return field == 1 ? value : 0;
  }

  @Override
  public void close() {
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        // a /proc file: nothing to flush, nothing lost
      }
    }
  }
}
