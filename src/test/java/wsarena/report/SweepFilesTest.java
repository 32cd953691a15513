package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.scenario.Rate;
import wsarena.scenario.ScenarioJson;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.Sweeps;
import wsarena.ui.testing.SavedRuns;

class SweepFilesTest {
  private final SweepResult sweep =
      Sweeps.doubling(Scenarios.external(URI.create("ws://127.0.0.1:9/echo"), Scenarios.shortLoad(10, new Rate.OpenLoop(1))), "fast", 5000,
          SavedRuns.LAPTOP);

  @TempDir Path dir;

  @Test
  void sweepJsonCarriesTheNamesScriptsRead() throws Exception {
    SweepFiles.writeAll(sweep, dir);

    JsonNode json = ScenarioJson.newMapper().readTree(Files.readString(dir.resolve("sweep.json")));
    assertThat(json.get("maxSustainableRate").asDouble()).isEqualTo(4000);
    assertThat(json.get("stopReason").asText()).isEqualTo("KNEE_FOUND");
    assertThat(json.get("headline").asText()).isEqualTo("max sustainable rate at p99 ≤ 10.0 ms: 4,000 msgs/s");
    JsonNode step = json.get("steps").get(3);
    for (String field : new String[] {"offeredRate", "achievedRate", "connections", "p50Micros", "p90Micros", "p99Micros",
        "p999Micros", "maxMicros", "intended", "answered", "timedOut", "notSent", "clientCpuPercent", "targetCpuPercent",
        "histogram", "passed", "reasons", "resultFile"}) {
      assertThat(step.has(field)).as(field).isTrue();
    }
    assertThat(step.get("offeredRate").asDouble()).isEqualTo(8000);
    assertThat(step.has("result")).as("a step's run is a file of its own").isFalse();
    assertThat(dir.resolve(step.get("resultFile").asText())).exists();
    assertThat(SavedRunFiles.read(dir.resolve("steps/step-04.json")).scenario().load().rate()).isEqualTo(new Rate.OpenLoop(8000));
    assertThat(Files.readString(dir.resolve("sweep.md"))).contains("**max sustainable rate at p99 ≤ 10.0 ms: 4,000 msgs/s**");
  }

  @Test
  void aSweepReadBackHasEveryStepsFiguresAndHistogram() throws Exception {
    SweepFiles.writeAll(sweep, dir);

    SweepResult read = SavedRunFiles.readSweep(dir.resolve("sweep.json"));

    assertThat(read.maxSustainableRate()).isEqualTo(sweep.maxSustainableRate());
    assertThat(read.stopReason()).isEqualTo(SweepResult.StopReason.KNEE_FOUND);
    assertThat(read.plan()).isEqualTo(sweep.plan());
    assertThat(read.steps()).hasSameSizeAs(sweep.steps());
    for (int i = 0; i < read.steps().size(); i++) {
      SweepStep a = read.steps().get(i);
      SweepStep b = sweep.steps().get(i);
      assertThat(a.result()).isNull();
      assertThat(a.histogram()).isEqualTo(b.histogram());
      assertThat(new Object[] {a.offeredRate(), a.achievedRate(), a.p99Micros(), a.intended(), a.timedOut(), a.passed(), a.reasons()})
          .containsExactly(b.offeredRate(), b.achievedRate(), b.p99Micros(), b.intended(), b.timedOut(), b.passed(), b.reasons());
    }
  }

  @Test
  void aSweepFileWithoutItsStepsIsASentence() throws Exception {
    Path file = dir.resolve("sweep.json");
    Files.writeString(file, "{\"stopReason\": \"KNEE_FOUND\", \"steps\": []}");

    assertThat(SavedRunReader.read(file)).isInstanceOfSatisfying(SavedRun.Unreadable.class,
        u -> assertThat(u.sentence()).isEqualTo("Could not open " + file + ": it is JSON, but not a whole wsarena sweep (a part of it is missing)."));
  }
}
