package wsarena.host;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Lowers the scheduling priority of the calling thread. On Linux a thread passes its priority on
 * to every thread and process it creates, so calling this first on the thread that runs a load
 * test puts the whole load (generator threads, an in-process server's threads, a child target
 * process) behind the window's threads when the cores are saturated, while client and server keep
 * the same footing against each other.
 */
public final class ThreadPriority {
  /** setpriority's "which" for a process; with who = 0, Linux takes the calling thread. */
  private static final int PRIO_PROCESS = 0;

  private interface CLibrary extends Library {
    int setpriority(int which, int who, int prio);
  }

  private ThreadPriority() {}

  /**
   * Sets the calling thread's nice value (0 to 19; higher yields more). Only on Linux, where nice
   * is per thread and inherited; elsewhere it does nothing.
   *
   * @return true when the priority was changed
   */
  public static boolean niceCurrentThread(int nice) {
    if (!Platform.isLinux()) {
      return false;
    }
    try {
      return Native.load("c", CLibrary.class).setpriority(PRIO_PROCESS, 0, nice) == 0;
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return false; // no libc through JNA: the run goes on at normal priority
    }
  }
}
