package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CaseSelectionTest {

  @Test
  void theQuickSetIsEveryCaseButGroupNine() {
    CaseSelection quick = CaseSelection.quick();

    assertThat(quick.cases()).containsExactly("*");
    assertThat(quick.excluded()).containsExactly("9.*");
    assertThat(quick.hasPerformanceCases()).isFalse();
    assertThat(quick.describe()).isEqualTo("all cases but group 9");
    assertThat(quick.defaultTimeout()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void theFullSetHasGroupNineAndMoreTime() {
    assertThat(CaseSelection.full().hasPerformanceCases()).isTrue();
    assertThat(CaseSelection.full().describe()).isEqualTo("all cases");
    assertThat(CaseSelection.full().defaultTimeout()).isEqualTo(Duration.ofMinutes(12));
  }

  @Test
  void readsCommaSeparatedIdsAndPatterns() {
    CaseSelection s = CaseSelection.parse(" 1.*, 2.* ,7.9.1,6.4.*,");

    assertThat(s.cases()).containsExactly("1.*", "2.*", "7.9.1", "6.4.*");
    assertThat(s.excluded()).isEmpty();
    assertThat(s.hasPerformanceCases()).isFalse();
    assertThat(CaseSelection.parse("9.1.*").hasPerformanceCases()).isTrue();
    assertThat(s.describe()).isEqualTo("1.*, 2.*, 7.9.1, 6.4.*");
  }

  @Test
  void somethingThatIsNoCaseIsASentence() {
    assertThatThrownBy(() -> CaseSelection.parse("1.*,close"))
        .hasMessage("'close' is not a case of the suite: give case ids or patterns such as 1.*, 7.9.1 or 6.4.*");
    assertThatThrownBy(() -> CaseSelection.parse(" , "))
        .hasMessage("--cases names no case: give ids or patterns such as 1.*,2.*");
  }
}
