package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;
import wsarena.metrics.SweepResult;

class StepSearchTest {

  /** The rates a search tries against a target that passes exactly the rates {@code passes} accepts. */
  private static List<Double> rates(StepSearch search, DoublePredicate passes) {
    List<Double> tried = new ArrayList<>();
    for (Optional<StepSearch.Load> next = search.next(); next.isPresent(); next = search.next()) {
      tried.add(next.get().rate());
      search.record(next.get(), passes.test(next.get().rate()));
    }
    return tried;
  }

  @Test
  void doublesUntilAFailureThenBisectsToThePrecision() {
    StepSearch.Rates search = new StepSearch.Rates(1000, 0.05);

    assertThat(rates(search, r -> r <= 37_000))
        .containsExactly(1000.0, 2000.0, 4000.0, 8000.0, 16000.0, 32000.0, 64000.0, 48000.0, 40000.0, 36000.0, 38000.0, 37000.0);
    assertThat(search.ended()).isEqualTo(SweepResult.StopReason.KNEE_FOUND);
  }

  @Test
  void aFailingFirstStepHalvesUntilOnePasses() {
    StepSearch.Rates search = new StepSearch.Rates(10_000, 0.05);

    List<Double> tried = rates(search, r -> r <= 3_000);

    assertThat(tried).startsWith(10_000.0, 5_000.0, 2_500.0, 3_750.0);
    assertThat(search.ended()).isEqualTo(SweepResult.StopReason.KNEE_FOUND);
  }

  @Test
  void givesUpWhenNothingPassesAfterHalvingFourTimes() {
    StepSearch.Rates search = new StepSearch.Rates(16_000, 0.05);

    assertThat(rates(search, r -> false)).containsExactly(16_000.0, 8_000.0, 4_000.0, 2_000.0, 1_000.0);
    assertThat(search.ended()).isEqualTo(SweepResult.StopReason.NO_STEP_PASSED);
  }

  @Test
  void notesSayWhatEachStepIsFor() {
    StepSearch.Rates search = new StepSearch.Rates(20_000, 0.05);
    assertThat(search.next().orElseThrow().note()).isEqualTo("starting at 20k msgs/s");
    search.record(new StepSearch.Load(20_000, 0, ""), true);
    assertThat(search.next().orElseThrow().note()).isEqualTo("doubling from 20k msgs/s");
    search.record(new StepSearch.Load(40_000, 0, ""), true);
    search.record(new StepSearch.Load(80_000, 0, ""), false);
    assertThat(search.next().orElseThrow()).isEqualTo(new StepSearch.Load(60_000, 0, "bisecting between 40k and 80k msgs/s"));
  }

  @Test
  void connectionStepsGoInTurnAndEndAtTheFirstFailure() {
    StepSearch.Connections search = new StepSearch.Connections(List.of(10, 100, 1000, 5000), 10);
    List<StepSearch.Load> tried = new ArrayList<>();
    for (Optional<StepSearch.Load> next = search.next(); next.isPresent(); next = search.next()) {
      tried.add(next.get());
      search.record(next.get(), next.get().connections() < 1000);
    }

    assertThat(tried).extracting(StepSearch.Load::connections).containsExactly(10, 100, 1000);
    assertThat(tried).extracting(StepSearch.Load::rate).containsExactly(100.0, 1000.0, 10_000.0);
    assertThat(tried.get(2).note()).isEqualTo("1,000 connections at 10 msgs/s each (3 of 4)");
    assertThat(search.ended()).isEqualTo(SweepResult.StopReason.KNEE_FOUND);
  }
}
