package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteReportTest {

  @Test
  void readsEveryVerdictOfTheAgentInTheSuitesCaseOrder() throws Exception {
    assertThat(Fixtures.verdicts())
        .extracting(CaseVerdict::id)
        .containsExactly("1.1.1", "1.1.2", "2.10", "6.4.3", "7.1.6", "7.9.1", "10.1.1");
  }

  @Test
  void keepsTheSuitesOwnWordsForEachCase() throws Exception {
    CaseVerdict v = Fixtures.verdicts().stream().filter(c -> c.id().equals("7.9.1")).findFirst().orElseThrow();

    assertThat(v.behavior()).isEqualTo(Behavior.FAILED);
    assertThat(v.behaviorClose()).isEqualTo("WRONG CODE");
    assertThat(v.description()).isEqualTo("Send close with invalid close code 0");
    assertThat(v.expectation()).isEqualTo("Clean close with protocol error code or drop TCP");
    assertThat(v.resultClose()).isEqualTo("The close code should have been 1002 or empty");
    assertThat(v.remoteCloseCode()).isEqualTo(1000);
    assertThat(v.finding()).isEqualTo("The close code should have been 1002 or empty");
    assertThat(v.cause()).isNull();
  }

  @Test
  void turnsTheSuitesHtmlDescriptionsIntoPlainText() throws Exception {
    CaseVerdict v = Fixtures.verdicts().stream().filter(c -> c.id().equals("6.4.3")).findFirst().orElseThrow();

    assertThat(v.description())
        .startsWith("Same as Case 6.4.1, but we send message not in 3 frames, but in 3 chops of the same message frame. MESSAGE PARTS: PART1 = cebae1bdb9cf83cebcceb5 PART2")
        .doesNotContain("<", "\n");
    assertThat(SuiteReport.plainText("Send <b>Opcode = 15</b><br>\n and &lt;ping&gt;")).isEqualTo("Send Opcode = 15 and <ping>");
  }

  @Test
  void aMissingReportIsASentence(@TempDir Path dir) {
    assertThatThrownBy(() -> SuiteReport.read(dir, Fixtures.AGENT))
        .isInstanceOf(ConformanceException.class)
        .hasMessage("the suite wrote no report (" + dir.resolve("index.json") + " is missing)");
  }

  @Test
  void aVerdictThisSuiteNeverWritesIsASentence(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.json"), "{\"a\": {\"1.1.1\": {\"behavior\": \"MAYBE\"}}}");

    assertThatThrownBy(() -> SuiteReport.read(dir, "a"))
        .isInstanceOf(ConformanceException.class)
        .hasMessage("the suite's report gives case 1.1.1 an unknown verdict 'MAYBE'");
  }

  @Test
  void anAgentWithoutCasesIsASentence(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.json"), "{\"other\": {}}");

    assertThatThrownBy(() -> SuiteReport.read(dir, "a"))
        .hasMessage(dir.resolve("index.json") + " has no verdicts for a: no case was run");
  }

  @Test
  void caseOrderIsNumericPartByPart() {
    List<String> ids = new java.util.ArrayList<>(List.of("10.1.1", "9.1.1", "1.1.10", "1.1.2", "2.10", "2.2", "1.1"));
    ids.sort(SuiteReport.CASE_ORDER);
    assertThat(ids).containsExactly("1.1", "1.1.2", "1.1.10", "2.2", "2.10", "9.1.1", "10.1.1");
  }
}
