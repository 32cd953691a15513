package wsarena.testsupport;

import wsarena.conformance.SuiteSetup;

/**
 * The cases {@code run --conformance}, {@code bench --conformance} and the window's check run in
 * this JVM, for as long as the try block lasts: a test that pins "the suite ran first and its
 * verdicts were carried" needs a handful, and the quick set's 250 cost half a minute each.
 * ConformanceRunnerIT keeps running the quick set itself. Test classes run one after another in a
 * JVM, so the property reaches no other test.
 */
public final class FewSuiteCases implements AutoCloseable {
  /** Eight text messages of growing length and nine invalid close codes (the packaging check's set). */
  public static final String CASES = "1.1.*,7.9.*";

  /** How many cases {@link #CASES} holds. */
  public static final int COUNT = 17;

  private FewSuiteCases() {
    System.setProperty(SuiteSetup.QUICK_CASES_PROPERTY, CASES);
  }

  public static FewSuiteCases set() {
    return new FewSuiteCases();
  }

  @Override
  public void close() {
    System.clearProperty(SuiteSetup.QUICK_CASES_PROPERTY);
  }
}
