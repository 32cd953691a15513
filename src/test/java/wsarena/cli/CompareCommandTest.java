package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsarena.scenario.ThreadingModel;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.report.Comparison;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.ui.compare.ComparisonMarkdown;
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

  @Test
  void theWindowsReportAndCompareSayTheSameAboutRunsFromAnotherMachineAndLoad() throws Exception {
    HostInfo server =
        new HostInfo("AMD EPYC 7B13", 2, 2, 24L << 30, "Debian GNU/Linux", "12", "Eclipse Adoptium", "25.0.3", List.of());
    RunResult first = SavedRuns.run(ThreadingModel.EVENT_LOOP, server);
    RunResult elsewhere = SavedRuns.run(ThreadingModel.MULTI_REACTOR, SavedRuns.LAPTOP);
    RunResult shorter = SavedRuns.run(ThreadingModel.REACTOR_WORKERS, server);
    shorter =
        new RunResult(
            shorter.wsarenaVersion(), shorter.scenario().withLoad(shorter.scenario().load().withDuration(Duration.ofSeconds(3))),
            shorter.host(), shorter.target(), shorter.clientThreads(), shorter.startedAt(), shorter.outcome(),
            shorter.failure(), shorter.samples(), shorter.latency(), shorter.correctedLatency(), shorter.totals(),
            shorter.warnings(), List.of(), null, null);
    List<RunResult> runs = List.of(first, elsewhere, shorter);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      files.add(SavedRuns.write(runs.get(i), dir.resolve(i + ".json")));
    }
    Path report = dir.resolve("comparison.md");
    List<String> args = new ArrayList<>(List.of("compare"));
    files.forEach(f -> args.add(f.toString()));
    args.addAll(List.of("--out", report.toString(), "--title", ComparisonMarkdown.title(runs)));

    CliResult r = CliResult.of(args.toArray(String[]::new));

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> cautions = Comparison.of(runs).cautions();
    assertThat(cautions).hasSize(2);
    String windows = ComparisonMarkdown.of(runs);
    assertThat(Files.readString(report)).isEqualTo(windows);
    for (String caution : cautions) {
      assertThat(r.out()).contains("note: " + caution + System.lineSeparator());
      assertThat(windows).contains("\n- " + caution + "\n");
    }
  }
}
