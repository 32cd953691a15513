package wsarena.cli;

import java.io.PrintWriter;
import java.net.URI;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.TargetConformance;
import wsarena.report.ConformanceTable;

/**
 * The conformance suite's progress on the terminal ({@code conformance}, {@code run
 * --conformance}): each target as the suite starts on it, a line every 10 s while it runs, and the
 * target's table when it is done.
 */
final class SuiteProgress implements ConformanceRunner.Listener {
  /** A progress line at most this often while the suite runs. */
  private static final long EVERY_NANOS = 10_000_000_000L;

  private final PrintWriter out;
  // caseStarted comes from the thread that reads the suite's log
  private volatile long lastLineNanos;

  SuiteProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void targetStarted(String target, String description, URI url) {
    out.println();
    out.println("== " + target + ": " + description + " at " + url);
    out.flush();
    lastLineNanos = System.nanoTime();
  }

  @Override
  public void caseStarted(String target, String caseId, int number, int total) {
    long now = System.nanoTime();
    if (now - lastLineNanos >= EVERY_NANOS) {
      lastLineNanos = now;
      out.println("   case " + number + " of " + total + " (" + caseId + ")");
      out.flush();
    }
  }

  @Override
  public void targetFinished(TargetConformance result) {
    out.print(ConformanceTable.render(result));
    out.flush();
  }
}
