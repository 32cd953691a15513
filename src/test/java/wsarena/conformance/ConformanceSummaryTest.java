package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConformanceSummaryTest {

  @Test
  void countsEachVerdictAndKeepsOnlyTheCasesThatAreNotOk() throws Exception {
    ConformanceSummary s = Fixtures.summary();

    assertThat(s.ok()).isEqualTo(4);
    assertThat(s.nonStrict()).isEqualTo(1);
    assertThat(s.informational()).isEqualTo(1);
    assertThat(s.unimplemented()).isZero();
    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.total()).isEqualTo(7);
    assertThat(s.strict()).isFalse();
    assertThat(s.nonStrictCases()).extracting(CaseVerdict::id).containsExactly("6.4.3");
    assertThat(s.informationalCases()).extracting(CaseVerdict::id).containsExactly("7.1.6");
    assertThat(s.failedCases()).extracting(CaseVerdict::id).containsExactly("7.9.1");
    assertThat(s.unimplementedCases()).isEmpty();
    assertThat(s.cases()).containsExactly("*");
    assertThat(s.excludedCases()).containsExactly("9.*");
  }
}
