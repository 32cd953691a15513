package wsarena.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The window's load runs behind the window: the nice value reaches the thread and its children. */
class ThreadPriorityTest {
  /** Field 19 of /proc/thread-self/stat (after the parenthesised name): the thread's nice value. */
  private static int niceOfThisThread() throws IOException {
    String stat = Files.readString(Path.of("/proc/thread-self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Integer.parseInt(fields[19 - 3]);
  }

  @Test
  void theCallingThreadAndTheThreadsItStartsGetTheNiceValue() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
    AtomicInteger own = new AtomicInteger(-100);
    AtomicInteger child = new AtomicInteger(-100);
    AtomicInteger changed = new AtomicInteger();

    Thread parent =
        Thread.ofPlatform()
            .start(() -> {
              try {
                changed.set(ThreadPriority.niceCurrentThread(10) ? 1 : 0);
                own.set(niceOfThisThread());
                Thread started = Thread.ofPlatform().start(() -> {
                  try {
                    child.set(niceOfThisThread());
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                });
                started.join();
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    parent.join();

    assertThat(changed.get()).isEqualTo(1);
    assertThat(own.get()).isEqualTo(10);
    assertThat(child.get()).isEqualTo(10);
    assertThat(niceOfThisThread()).as("the test's own thread is left alone").isNotEqualTo(10);
  }
}
