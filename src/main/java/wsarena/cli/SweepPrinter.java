package wsarena.cli;

import java.io.PrintWriter;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.report.MarkdownSummary;
import wsarena.report.SummaryTable;
import wsarena.report.SweepSummary;
import wsarena.text.Units;
import wsarena.run.RunEvent;

/** A sweep on the terminal: a line as each step starts and ends, then its table and its knee. */
final class SweepPrinter implements RunEvent.Listener {
  private final PrintWriter out;
  private final String prefix;
  /** Each step's progress line per interval, or null for none. */
  private final ProgressPrinter intervals;

  /**
   * @param prefix what each line starts with (the target's name when a bench sweeps several)
   * @param intervals also print each step's progress line per interval
   */
  SweepPrinter(PrintWriter out, String prefix, boolean intervals) {
    this.out = out;
    this.prefix = prefix;
    this.intervals = intervals ? new ProgressPrinter(out) : null;
  }

  @Override
  public void on(RunEvent event) {
    switch (event) {
      case RunEvent.StepStarting s -> {
        out.println(prefix + "step " + s.index() + " · " + s.note() + " · " + MarkdownSummary.describe(s.step()));
        out.flush();
      }
      case RunEvent.StepJudged j -> judged(j.step());
      default -> {
        if (intervals != null) {
          intervals.on(event);
        }
      }
    }
  }

  private void judged(SweepStep s) {
    out.println(prefix + "  " + (s.passed() ? "pass" : "fail") + " · achieved " + Units.whole(s.achievedRate()) + " of "
        + Units.whole(s.offeredRate()) + " msgs/s · p99 " + Units.latency(s.p99Micros()) + " · " + Units.whole(s.timedOut())
        + " timed out · " + Units.whole(s.notSent()) + " not sent"
        + (s.passed() ? "" : " · " + String.join("; ", s.reasons())));
    out.flush();
  }

  /** The sweep's steps as a table, its knee and why it stopped. */
  static void summary(SweepResult r, PrintWriter out) {
    out.println();
    out.print(SummaryTable.text(SweepSummary.STEP_COLUMNS, SweepSummary.rows(r)));
    out.println(SweepSummary.headline(r) + " (" + r.target().label() + ")");
    out.println("stopped: " + r.stopExplanation());
    r.notes().forEach(n -> out.println("note: " + n));
  }
}
