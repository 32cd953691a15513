package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.RunResult;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

/**
 * How a saved run is judged, once for the window's Open results and the CLI's compare and chart:
 * each damaged or foreign file is one sentence that names the file and says what is wrong.
 */
class SavedRunReaderTest {
  @TempDir static Path dir;
  private static RunResult run;
  private static String json;

  @BeforeAll
  static void aRealResult() throws IOException {
    run = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
    json = ResultJson.write(run);
  }

  private static Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String reason(Path file) {
    SavedRun read = SavedRunReader.read(file);
    assertThat(read).isInstanceOf(SavedRun.Unreadable.class);
    return ((SavedRun.Unreadable) read).reason();
  }

  @Test
  void aResultFileReadsBackWithItsSamplesHistogramAndCurve() throws IOException {
    SavedRun read = SavedRunReader.read(file("run.wsarena", json));

    assertThat(read).isInstanceOf(SavedRun.Loaded.class);
    SavedRun.Loaded loaded = (SavedRun.Loaded) read;
    assertThat(loaded.result().target().label()).isEqualTo("undertow-event-loop");
    assertThat(loaded.result().samples()).hasSameSizeAs(run.samples());
    assertThat(loaded.result().latency().getTotalCount()).isEqualTo(run.latency().getTotalCount()).isPositive();
    assertThat(loaded.result().host()).isEqualTo(SavedRuns.LAPTOP);
    assertThat(loaded.curve()).isNotEmpty();
    assertThat(loaded.curve().getLast().latencyMicros()).isEqualTo(run.latency().getMaxValue());
  }

  @Test
  void aFileHoldingNullIsJsonButNotAResult() throws IOException {
    // once a NullPointerException in the CLI's reader
    assertThat(reason(file("null.json", "null")))
        .isEqualTo("it is JSON, but not a wsarena run result (it holds no object)");
  }

  @Test
  void anEmptyFileSaysSo() throws IOException {
    assertThat(reason(file("empty.wsarena", ""))).isEqualTo("the file is empty");
  }

  @Test
  void aFileCutShortIsDamaged() throws IOException {
    Path cut = file("cut.wsarena", json.substring(0, json.length() / 2));

    assertThat(reason(cut)).matches("it is damaged: its JSON breaks off at line \\d+, column \\d+ \\(cut short\\?\\)");
  }

  @Test
  void aFileCutBetweenTwoEntriesIsCutShortTooAndBadSyntaxIsNot() throws IOException {
    // Jackson reports this end with a plain parse error, not its end-of-input exception
    String betweenEntries = json.substring(0, json.indexOf(',', json.length() / 3) + 1) + "\n   ";

    assertThat(reason(file("cut.wsarena", betweenEntries))).startsWith("it is damaged: its JSON breaks off at line ");
    assertThat(reason(file("bad.json", "{\"scenario\": ]}"))).startsWith("it is damaged: it is not valid JSON at line 1");
  }

  @Test
  void somethingThatIsNotJsonIsDamaged() throws IOException {
    assertThat(reason(file("garbage.json", "PK\u0003\u0004 not json at all")))
        .startsWith("it is damaged: it is not valid JSON at line 1, column ");
  }

  @Test
  void jsonOfSomethingElseIsNotAResult() throws IOException {
    assertThat(reason(file("package.json", "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}")))
        .isEqualTo("it is JSON, but not a wsarena run result (it has no scenario)");
    assertThat(reason(file("list.json", "[1, 2, 3]")))
        .startsWith("it is JSON, but not a wsarena run result (unexpected content");
    assertThat(reason(file("wrong.json", json.replace("\"EVENT_LOOP\"", "\"NO_SUCH_MODEL\""))))
        .isEqualTo("it is JSON, but not a wsarena run result (unexpected value at scenario.target.model)");
  }

  @Test
  void aScenarioFileIsToldApartFromAResult() throws IOException {
    Path scenario = file("scenario.json", ScenarioJson.write(Scenario.defaults()));

    assertThat(reason(scenario))
        .isEqualTo(
            "it is a scenario, not a run result (run it with 'wsarena run --scenario FILE' or the window's --scenario FILE)");
  }

  @Test
  void aDamagedHistogramSaysSo() throws IOException {
    String broken = json.replaceFirst("\"latency\" : \"[^\"]{8}", "\"latency\" : \"AAAAAAAA");

    assertThat(broken).isNotEqualTo(json);
    assertThat(reason(file("histogram.wsarena", broken))).startsWith("a histogram in this file is damaged");
  }

  @Test
  void missingFolderAndOtherFilesAreSentences() throws IOException {
    assertThat(reason(dir.resolve("gone.wsarena"))).isEqualTo("there is no such file");
    assertThat(reason(Files.createDirectories(dir.resolve("folder.json")))).isEqualTo("it is a folder, not a run result file");
    assertThat(reason(file("samples.csv", "a,b\n1,2\n"))).isEqualTo("wsarena opens run results, which end in .wsarena or .json");
  }

  @Test
  void eachUnreadableFileIsNamedAsItWasGivenInOneSentence() throws IOException {
    Path empty = file("a.wsarena", "");
    Path gone = Path.of("results", "netty", "result.json");
    List<SavedRun> read = SavedRunReader.read(List.of(empty, file("run.json", json), gone));

    assertThat(SavedRunReader.loaded(read)).hasSize(1);
    assertThat(SavedRunReader.problems(read))
        .hasValue("Could not open 2 files: " + empty + ": the file is empty; results/netty/result.json: there is no such file.");
    assertThat(((SavedRun.Unreadable) read.getFirst()).sentence()).isEqualTo("Could not open " + empty + ": the file is empty.");
    assertThat(SavedRunReader.problems(SavedRunReader.read(List.of(file("ok.json", json))))).isEmpty();
  }

  @Test
  void aNegativeRateIsAFigureNoRunCanHaveMeasured() throws IOException {
    String edited = json.replaceFirst("\"answeredPerSecond\"\\s*:\\s*[-0-9.eE]+", "\"answeredPerSecond\" : -1e9");
    assertThat(edited).isNotEqualTo(json);

    assertThat(reason(file("negative.json", edited)))
        .isEqualTo("it holds a figure no run can have measured: totals.answeredPerSecond is -1000000000, and no count or rate can be");
  }

  @Test
  void percentilesOutOfOrderAreAFigureNoRunCanHaveMeasured() throws IOException {
    String edited = json.replaceFirst("\"p50Micros\"\\s*:\\s*\\d+", "\"p50Micros\" : 999999999");
    assertThat(edited).isNotEqualTo(json);

    assertThat(reason(file("unordered.json", edited)))
        .startsWith("it holds a figure no run can have measured: ")
        .contains(" has p90 ").endsWith("below p50 999999999 µs: percentiles out of order");
  }
}
