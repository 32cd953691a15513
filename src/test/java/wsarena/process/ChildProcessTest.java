package wsarena.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The plumbing an engine's child JVM and a Python server share, tried on small shell scripts. */
@Timeout(30)
class ChildProcessTest {

  private static ChildProcess<Integer> sh(String script) throws Exception {
    return ChildProcess.start(new ProcessBuilder("/bin/sh", "-c", script), "test", ChildProcessTest::readyLine);
  }

  private static Optional<Integer> readyLine(String line) {
    return line.startsWith("ready ") ? Optional.of(Integer.parseInt(line.substring(6))) : Optional.empty();
  }

  @Test
  void theReadyLineIsFoundAmongOtherOutputAndStopEndsTheChild() throws Exception {
    try (ChildProcess<Integer> child = sh("echo starting; echo 'ready 42'; echo more; exec sleep 30")) {
      assertThat(child.awaitReady(Duration.ofSeconds(10))).isEqualTo(42);
      assertThat(child.isAlive()).isTrue();
      assertThat(child.exitSentence("the test process")).isEmpty();

      assertThat(child.stop()).isEqualTo(128 + 15); // ended by SIGTERM
      assertThat(child.isAlive()).isFalse();
    }
  }

  @Test
  void aChildThatEndsBeforeItsReadyLineLeavesItsLastWords() throws Exception {
    ChildProcess<Integer> child = sh("echo '  first words  ' >&2; echo >&2; echo 'cannot listen on 127.0.0.1:1' >&2; exit 3");

    assertThatThrownBy(() -> child.awaitReady(Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(ChildProcess.NotReady.class, e -> {
          assertThat(e.timedOut()).isFalse();
          assertThat(e.exitCode()).isEqualTo(3);
        });
    // blank lines are left out and each line is stripped, so the last line is a message
    assertThat(child.stderrTail()).containsExactly("first words", "cannot listen on 127.0.0.1:1");
    assertThat(child.lastStderrLine()).contains("cannot listen on 127.0.0.1:1");
  }

  @Test
  void aChildThatNeverSaysItIsReadyIsStoppedWhenTheTimeIsUp() throws Exception {
    ChildProcess<Integer> child = sh("exec sleep 30");

    assertThatThrownBy(() -> child.awaitReady(Duration.ofMillis(300)))
        .isInstanceOfSatisfying(ChildProcess.NotReady.class, e -> assertThat(e.timedOut()).isTrue());
    assertThat(child.isAlive()).isFalse();
  }

  @Test
  void aChildThatDiesIsDescribedByItsExitCodeAndLastLineOnStderr() throws Exception {
    try (ChildProcess<Integer> child = sh("echo 'ready 1'; sleep 0.2; echo 'Traceback (most recent call last):' >&2;"
        + " echo 'OSError: out of file descriptors' >&2; exit 7")) {
      child.awaitReady(Duration.ofSeconds(10));

      assertThat(child.awaitExit(Duration.ofSeconds(10))).isTrue();

      assertThat(child.exitCode()).hasValue(7);
      assertThat(child.exitSentence("the test process"))
          .contains("the test process (pid " + child.pid() + ") exited with code 7: Traceback (most recent call last):"
              + " · OSError: out of file descriptors");
    }
  }

  @Test
  void onlyTheLastLinesOfStderrAreKept() throws Exception {
    ChildProcess<Integer> child = sh("i=1; while [ $i -le 30 ]; do echo \"line $i\" >&2; i=$((i+1)); done; exit 1");

    assertThatThrownBy(() -> child.awaitReady(Duration.ofSeconds(10))).isInstanceOf(ChildProcess.NotReady.class);
    assertThat(child.stderrTail())
        .containsExactlyElementsOf(IntStream.rangeClosed(11, 30).mapToObj(i -> "line " + i).toList());
  }

  @Test
  void aChildThatTakesCommandsAnswersThemAndOneThatDoesNotSaysNothing() throws Exception {
    String script = "echo 'ready 1'; while read line; do echo noise; [ \"$line\" = ping ] && echo 'pong 7'; done";
    try (ChildProcess<Integer> child =
        ChildProcess.startTakingCommands(new ProcessBuilder("/bin/sh", "-c", script), "test", ChildProcessTest::readyLine)) {
      child.awaitReady(Duration.ofSeconds(10));

      assertThat(child.ask("ping", ChildProcessTest::pong, Duration.ofSeconds(5))).contains(7);
      assertThat(child.ask("ping", ChildProcessTest::pong, Duration.ofSeconds(5))).contains(7);
      assertThat(child.ask("other", ChildProcessTest::pong, Duration.ofMillis(300))).isEmpty();
    }
    try (ChildProcess<Integer> deaf = sh("echo 'ready 1'; exec sleep 30")) {
      deaf.awaitReady(Duration.ofSeconds(10));
      assertThat(deaf.ask("ping", ChildProcessTest::pong, Duration.ofSeconds(1))).isEmpty();
    }
  }

  private static Optional<Integer> pong(String line) {
    return line.startsWith("pong ") ? Optional.of(Integer.parseInt(line.substring(5))) : Optional.empty();
  }
}
