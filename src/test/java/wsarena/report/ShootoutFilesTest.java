package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.scenario.Isolation;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

/** A shootout saved as a folder opens again as its targets' runs, in the table's order, each with its place. */
class ShootoutFilesTest {
  @TempDir Path dir;

  private static ShootoutResult twoTargetsTwice() {
    List<TargetSpec> targets =
        List.of(
            TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS),
            TargetSpec.Embedded.of("undertow", ThreadingModel.MULTI_REACTOR, Isolation.IN_PROCESS));
    ShootoutPlan plan = new ShootoutPlan(Scenario.defaults(), targets, 2, Duration.ofSeconds(2));
    List<ShootoutResult.TrialResult> trials = new ArrayList<>();
    for (ShootoutPlan.Trial t : plan.trials()) {
      RunResult run = SavedRuns.run(((TargetSpec.Embedded) targets.get(t.target())).model(), SavedRuns.LAPTOP);
      trials.add(new ShootoutResult.TrialResult(t, run));
    }
    return new ShootoutResult(plan, Instant.parse("2026-12-01T10:00:00Z"), trials, List.of());
  }

  @Test
  void theFolderHoldsEachRunAndAnIndexThatReadsBackAsEachTargetsRepeats() throws IOException {
    Path index = ShootoutFiles.write(twoTargetsTwice(), dir);

    assertThat(index.getFileName().toString()).isEqualTo("shootout.json");
    assertThat(dir.resolve("undertow-event-loop-1.json")).exists();
    assertThat(dir.resolve("undertow-multi-reactor-2.json")).exists();
    String json = Files.readString(index);
    assertThat(json).contains("\"kind\" : \"wsarena shootout\"", "\"repeats\" : 2", "\"isolation\" : \"this process\"",
        "\"name\" : \"undertow:event-loop\"");
    assertThat(json.indexOf("undertow-multi-reactor-1.json")).isLessThan(json.lastIndexOf("undertow-event-loop-2.json"));

    for (Path opened : List.of(dir, index)) {
      List<SavedRun> read = SavedRunReader.read(List.of(opened));
      assertThat(read).allMatch(SavedRun.Loaded.class::isInstance).hasSize(4);
      List<SavedRun.ShootoutMember> members = read.stream().map(r -> ((SavedRun.Loaded) r).shootout().orElseThrow()).toList();
      assertThat(members).extracting(SavedRun.ShootoutMember::label)
          .containsExactly("undertow-event-loop", "undertow-event-loop", "undertow-multi-reactor", "undertow-multi-reactor");
      assertThat(members).extracting(SavedRun.ShootoutMember::repeat).containsExactly(1, 2, 1, 2);
    }
  }

  @Test
  void aMissingRunIsOneSentenceAndTheOthersStillOpen() throws IOException {
    ShootoutFiles.write(twoTargetsTwice(), dir);
    Files.delete(dir.resolve("undertow-event-loop-2.json"));

    List<SavedRun> read = SavedRunReader.read(List.of(dir));

    assertThat(SavedRunReader.loaded(read)).hasSize(3);
    assertThat(SavedRunReader.problems(read)).contains("Could not open " + dir.toAbsolutePath().resolve("undertow-event-loop-2.json")
        + ": there is no such file.");
  }

  @Test
  void aFolderOfSomethingElseIsASentence() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");

    assertThat(SavedRunReader.problems(SavedRunReader.read(List.of(dir))))
        .contains("Could not open " + dir + ": it is a folder with neither a shootout (shootout.json) nor a run (result.json) in it.");
  }
}
