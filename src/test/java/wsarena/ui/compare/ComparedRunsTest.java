package wsarena.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wsarena.metrics.RunResult;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

class ComparedRunsTest {
  private static RunResult eventLoop;
  private static RunResult workers;

  @BeforeAll
  static void runs() {
    eventLoop = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);
    workers = SavedRuns.run(ThreadingModel.REACTOR_WORKERS, SavedRuns.LAPTOP);
  }

  @Test
  void eachRunGetsAColourOfItsOwnAndKeepsIt() {
    ComparedRuns runs = new ComparedRuns();
    ComparedRun a = runs.add(eventLoop, Optional.empty(), List.of());
    ComparedRun b = runs.add(workers, Optional.empty(), List.of());
    runs.runs().remove(a);
    ComparedRun c = runs.add(eventLoop, Optional.empty(), List.of());

    assertThat(b.colour()).isNotEqualTo(a.colour());
    assertThat(c.colour()).isEqualTo(a.colour()).as("the freed colour is handed out again");
    assertThat(runs.runs()).containsExactly(b, c);
  }

  @Test
  void aFullComparisonSetsTheOldestAsideButNeverTheShownRun() {
    ComparedRuns runs = new ComparedRuns();
    ComparedRun first = runs.add(eventLoop, Optional.empty(), List.of());
    ComparedRun second = runs.add(workers, Optional.empty(), List.of());
    runs.show(first);
    for (int i = 2; i < ComparedRuns.CAPACITY; i++) {
      runs.add(workers, Optional.empty(), List.of());
    }

    ComparedRun extra = runs.add(eventLoop, Optional.empty(), List.of());

    assertThat(runs.size()).isEqualTo(ComparedRuns.CAPACITY);
    assertThat(runs.runs()).contains(first, extra).doesNotContain(second);
    // ten colours, then the same ten dashed: every run drawn apart
    assertThat(runs.runs().stream().map(r -> r.colour() + r.dashed()).distinct().count()).isEqualTo(ComparedRuns.CAPACITY);
  }

  @Test
  void aFileOpenedAgainReplacesItsRowInPlace() {
    ComparedRuns runs = new ComparedRuns();
    Path file = Path.of("/runs/a.wsarena");
    ComparedRun old = runs.add(eventLoop, Optional.of(file), List.of());
    runs.add(workers, Optional.empty(), List.of());
    runs.show(old);

    ComparedRun again = runs.add(workers, Optional.of(file), List.of());

    assertThat(runs.size()).isEqualTo(2);
    assertThat(runs.runs().getFirst()).isSameAs(again);
    assertThat(again.colour()).isEqualTo(old.colour());
    assertThat(runs.shown()).isSameAs(again);
  }

  @Test
  void twinsAreNamedByTheirStartTime() {
    ComparedRuns runs = new ComparedRuns();
    ComparedRun a = runs.add(eventLoop, Optional.empty(), List.of());
    ComparedRun w = runs.add(workers, Optional.empty(), List.of());

    assertThat(runs.name(a)).isEqualTo("undertow-event-loop");
    ComparedRun twin = runs.add(eventLoop, Optional.of(Path.of("b.json")), List.of());

    // the same run opened twice: the same start time, so their places tell them apart too
    assertThat(runs.name(a)).matches("undertow-event-loop · \\d\\d:\\d\\d:\\d\\d #1");
    assertThat(runs.name(twin)).matches("undertow-event-loop · \\d\\d:\\d\\d:\\d\\d #2");
    assertThat(runs.name(w)).isEqualTo("undertow-reactor-workers");
  }

  @Test
  void aShootoutsRepeatsJoinTheirTargetsRowAndTheMedianRunStandsForThem() {
    ComparedRuns runs = new ComparedRuns();
    ComparedRun first = runs.add(eventLoop, Optional.empty(), List.of(), "shootout 1 · target 0");
    runs.add(workers, Optional.empty(), List.of(), "shootout 1 · target 1");
    ComparedRun again = runs.add(eventLoop, Optional.empty(), List.of(), "shootout 1 · target 0");

    assertThat(again).isSameAs(first);
    assertThat(runs.size()).isEqualTo(2);
    assertThat(first.runs()).hasSize(2);
    assertThat(runs.table(runs.runs()).spread(0, wsarena.report.Metric.THROUGHPUT).orElseThrow().count()).isEqualTo(2);
  }

  @Test
  void aRemovedRunComesBackInItsPlaceWithItsNameAndTheBaselineFollowsIt() {
    ComparedRuns runs = new ComparedRuns();
    ComparedRun a = runs.add(eventLoop, Optional.empty(), List.of());
    ComparedRun b = runs.add(workers, Optional.empty(), List.of());
    ComparedRun c = runs.add(eventLoop, Optional.of(Path.of("c.json")), List.of());
    runs.rename(b, "workers, 4 threads");
    runs.setBaseline(b);

    ComparedRuns.Removal removal = runs.remove(b);

    assertThat(runs.runs()).containsExactly(a, c);
    assertThat(runs.baseline()).isSameAs(a).as("the first stands in while the baseline is gone");
    runs.restore(removal);
    assertThat(runs.runs()).containsExactly(a, b, c);
    assertThat(runs.name(b)).isEqualTo("workers, 4 threads");
    assertThat(runs.baseline()).isSameAs(b);
  }

  @Test
  void keepingOnlyTheShownRunSetsTheOthersAside() {
    ComparedRuns runs = new ComparedRuns();
    runs.add(eventLoop, Optional.empty(), List.of());
    ComparedRun shown = runs.add(workers, Optional.empty(), List.of());
    runs.show(shown);

    runs.keepOnlyShown();

    assertThat(runs.runs()).containsExactly(shown);
    assertThat(runs.results()).containsExactly(workers);
  }
}
