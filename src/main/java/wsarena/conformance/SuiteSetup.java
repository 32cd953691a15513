package wsarena.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The Autobahn|Testsuite made ready for a command ({@code conformance}, {@code run --conformance},
 * {@code bench --conformance}) or a window's run: found beside wsarena, with a folder for its
 * reports that is kept when the user gave one and deleted on {@link #close()} otherwise.
 */
public final class SuiteSetup implements AutoCloseable {
  private final ReportsFolder reports;
  private final ConformanceRunner runner;

  private SuiteSetup(ReportsFolder reports, ConformanceRunner runner) {
    this.reports = reports;
    this.runner = runner;
  }

  /**
   * @param keepIn the folder to keep the suite's reports in; empty for a temporary one
   * @throws ConformanceException when the suite is not installed: the sentence says how to get it
   */
  public static SuiteSetup open(CaseSelection cases, Duration timeoutPerTarget, Optional<Path> keepIn)
      throws ConformanceException {
    SuiteInstallation suite = SuiteInstallation.locate();
    ReportsFolder reports;
    try {
      reports = keepIn.isPresent() ? ReportsFolder.kept(keepIn.get()) : ReportsFolder.temporary();
    } catch (IOException e) {
      throw new ConformanceException("cannot make a folder for the suite's reports: " + e.getMessage(), e);
    }
    return new SuiteSetup(reports, new ConformanceRunner(suite, cases, timeoutPerTarget, reports.path()));
  }

  /**
   * Names the cases {@link #quick} runs instead of the quick set, e.g. {@code
   * -Dwsarena.conformance.quickCases=1.1.*,7.9.*}: a hook for the tests of {@code run
   * --conformance} and {@code bench --conformance}, which pin that the suite ran first and its
   * verdicts were carried, and need a handful of cases for that, not 250 (half a minute of a
   * two-core machine each). ConformanceRunnerIT runs the quick set itself.
   */
  public static final String QUICK_CASES_PROPERTY = "wsarena.conformance.quickCases";

  /**
   * The quick set (every case but group 9), or the cases {@value #QUICK_CASES_PROPERTY} names, with
   * their default time per target.
   */
  public static SuiteSetup quick(Optional<Path> keepIn) throws ConformanceException {
    CaseSelection cases = quickCases();
    return open(cases, cases.defaultTimeout(), keepIn);
  }

  static CaseSelection quickCases() {
    String named = System.getProperty(QUICK_CASES_PROPERTY, "").strip();
    return named.isEmpty() ? CaseSelection.quick() : CaseSelection.parse(named);
  }

  public ConformanceRunner runner() {
    return runner;
  }

  /** Where the reports are: the folder kept, or the temporary one until closed. */
  public Path folder() {
    return reports.path();
  }

  @Override
  public void close() {
    reports.close();
  }
}
