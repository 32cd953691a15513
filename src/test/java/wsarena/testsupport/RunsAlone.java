package wsarena.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An integration test class that runs while no other test runs: it judges the machine's timing or a
 * share of its CPU (a rate within a few per cent, a generator's CPU, one process's CPU against
 * another's), or it draws a window, whose layout and Monocle's buffers went wrong under another
 * test's load. CI runs the other integration tests two JVMs at a time (they assert counts, and
 * much of their time is child processes starting and runs of fixed length); the pom gives the
 * classes tagged {@value #TAG} a Failsafe execution of their own, one class after another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(RunsAlone.TAG)
public @interface RunsAlone {
  String TAG = "runs-alone";

  /** Why the class cannot share the machine, e.g. "asserts the schedule within 2 %". */
  String value();
}
