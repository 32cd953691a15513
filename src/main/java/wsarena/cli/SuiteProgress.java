package wsarena.cli;

import java.io.PrintWriter;
import wsarena.report.ConformanceTable;
import wsarena.run.RunEvent;

/**
 * The conformance suite's progress on the terminal ({@code conformance}, {@code run
 * --conformance}): each target as the suite starts on it, a line every 10 s while it runs, and the
 * target's table when it is done.
 */
final class SuiteProgress implements RunEvent.Listener {
  /** A progress line at most this often while the suite runs. */
  private static final long EVERY_NANOS = 10_000_000_000L;

  private final PrintWriter out;
  // caseStarted comes from the thread that reads the suite's log
  private volatile long lastLineNanos;

  SuiteProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void on(RunEvent event) {
    switch (event) {
      case RunEvent.SuiteStarted s -> {
        out.println();
        out.println("== " + s.target() + ": " + s.description() + " at " + s.url());
        out.flush();
        lastLineNanos = System.nanoTime();
      }
      case RunEvent.CaseStarted c -> {
        long now = System.nanoTime();
        if (now - lastLineNanos >= EVERY_NANOS) {
          lastLineNanos = now;
          out.println("   case " + c.number() + " of " + c.total() + " (" + c.caseId() + ")");
          out.flush();
        }
      }
      case RunEvent.CheckResult r -> {
        out.print(ConformanceTable.render(r.result()));
        out.flush();
      }
      default -> {}
    }
  }
}
