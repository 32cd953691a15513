package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsarena.engine.ThreadingModel;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.ui.testing.SavedRuns;

/** `wsarena compare` on saved runs: damaged files are judged as the window judges them. */
class CompareCommandTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "null      | null",
        "empty     | ''",
        "truncated | {\"wsarenaVersion\" : \"0.1\", \"scenario\" : {",
        "not JSON  | PK not json at all",
        "foreign   | {\"name\": \"left-pad\", \"version\": \"1.3.0\"}",
      })
  void aDamagedOrForeignFileIsTheWindowsSentenceAndExitCodeTwo(String kind, String content) throws Exception {
    Path good = SavedRuns.write(SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP), dir.resolve("good.json"));
    Path bad = Files.writeString(dir.resolve(kind.replace(' ', '-') + ".json"), content);

    CliResult r = CliResult.of("compare", good.toString(), bad.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.out()).isEmpty();
    String sentence = ((SavedRun.Unreadable) SavedRunReader.read(bad)).sentence();
    assertThat(sentence).startsWith("Could not open " + bad + ": ");
    assertThat(r.err()).isEqualTo("wsarena: " + sentence + System.lineSeparator());
  }

  @Test
  void aScenarioGivenForAResultSaysWhatItIs() throws Exception {
    Path scenario = Files.writeString(dir.resolve("scenario.json"), ScenarioJson.write(Scenario.defaults()));

    CliResult r = CliResult.of("compare", scenario.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "wsarena: Could not open " + scenario
                + ": it is a scenario, not a run result (run it with 'wsarena run --scenario FILE' or the window's --scenario FILE).");
  }

  @Test
  void twoGoodRunsMakeTheTable() throws Exception {
    Path a = SavedRuns.write(SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP), dir.resolve("a.json"));
    Path b = SavedRuns.write(SavedRuns.run(ThreadingModel.MULTI_REACTOR, SavedRuns.LAPTOP), dir.resolve("b.wsarena"));

    CliResult r = CliResult.of("compare", a.toString(), b.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("(?m)^undertow-event-loop +[0-9,]+ ").containsPattern("(?m)^undertow-multi-reactor +[0-9,]+ ");
  }
}
