package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;

class LibraryCausesTest {

  @Test
  void aCaseTheEnginesLibraryExplainsCarriesItsCause() throws Exception {
    List<CaseVerdict> verdicts =
        LibraryCauses.attach(TargetSpec.Embedded.of("netty", ThreadingModel.MULTI_REACTOR, Isolation.PROCESS), Fixtures.verdicts());

    assertThat(verdicts).filteredOn(v -> v.cause() != null).extracting(CaseVerdict::id).containsExactly("6.4.3");
    assertThat(verdicts).filteredOn(v -> v.id().equals("6.4.3")).singleElement()
        .satisfies(v -> assertThat(v.cause()).contains("WebSocket08FrameDecoder"));
  }

  @Test
  void anOutsideServerGetsNoCause() throws Exception {
    List<CaseVerdict> verdicts =
        LibraryCauses.attach(TargetSpec.External.of(URI.create("ws://127.0.0.1:9001/echo")), Fixtures.verdicts());

    assertThat(verdicts).allSatisfy(v -> assertThat(v.cause()).isNull());
  }

  @Test
  void everyKnownCauseNamesTheSourceOrIssueThatShowsIt() {
    assertThat(LibraryCauses.KNOWN).allSatisfy(c -> assertThat(c.why()).containsPattern("[A-Z][A-Za-z0-9]+\\.(java|py)|[A-Za-z]+[0-9]*\\(|#\\d+|`"));
  }
}
