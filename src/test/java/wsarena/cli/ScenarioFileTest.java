package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file that cannot be run is one sentence naming it, exit code 2, before anything starts. */
class ScenarioFileTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty   | ''                                       | is empty",
        "cut     | {\"target\": {\"kind\": \"external\", \"u | is damaged: its JSON breaks off at line 1 (cut short?)",
        "foreign | {\"name\": \"left-pad\"}                 | is not a wsarena scenario: it has no target",
      })
  void aBadScenarioFileIsOneSentence(String kind, String content, String what) throws Exception {
    Path file = Files.writeString(dir.resolve(kind + ".json"), content);

    CliResult r = CliResult.of("run", "--scenario", file.toString(), "--quiet");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("wsarena: the scenario file " + file + " " + what + System.lineSeparator());
  }
}
