package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The quick set is what {@code run --conformance} runs unless a test names fewer cases. */
class SuiteSetupTest {
  @AfterEach
  void clear() {
    System.clearProperty(SuiteSetup.QUICK_CASES_PROPERTY);
  }

  @Test
  void theQuickSetIsEveryCaseButGroupNineUnlessATestNamesOthers() {
    assertThat(SuiteSetup.quickCases()).isEqualTo(CaseSelection.quick());
    assertThat(SuiteSetup.quickCases().describe()).isEqualTo("all cases but group 9");

    System.setProperty(SuiteSetup.QUICK_CASES_PROPERTY, "1.1.*,7.9.*");
    assertThat(SuiteSetup.quickCases()).isEqualTo(CaseSelection.parse("1.1.*,7.9.*"));
    assertThat(SuiteSetup.quickCases().defaultTimeout()).isEqualTo(CaseSelection.quick().defaultTimeout());
  }
}
