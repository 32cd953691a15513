package wsarena.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import wsarena.host.HostInfo;
import wsarena.metrics.Outcome;
import wsarena.scenario.Scenario;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetSpec;
import wsarena.ui.testing.Fx;
import wsarena.ui.testing.FxTesting;
import wsarena.ui.testing.ScriptedRun;

@Timeout(30)
class RunControllerTest {
  private static final HostInfo HOST = new HostInfo("test CPU", 2, 2, 1L << 30, "TestOS", "1", "vendor", "25", List.of());

  @BeforeAll
  static void toolkit() throws TimeoutException {
    FxTesting.init();
    FxToolkit.registerPrimaryStage();
  }

  private final List<RunUpdate> seen = new CopyOnWriteArrayList<>();

  private RunController controller(ScriptedRun.Ending ending, int samples) {
    RunController c = Fx.get(() -> new RunController(ScriptedRun.starter(ending, 50, samples)));
    Fx.get(() -> {
      c.addListener(seen::addAll);
      return null;
    });
    return c;
  }

  @Test
  void aRunReportsItsStartSamplesAndEndInOrder() {
    RunController c = controller(ScriptedRun.Ending.COMPLETE, 6);

    Fx.get(() -> {
      c.start(Scenario.defaults(), HOST);
      return null;
    });
    Fx.await(10, () -> c.state() == RunController.State.IDLE && c.lastResultProperty().get() != null);

    List<String> kinds = new ArrayList<>(seen.stream().map(e -> e.getClass().getSimpleName()).toList());
    assertThat(kinds.getFirst()).isEqualTo("Started");
    assertThat(kinds.subList(kinds.size() - 2, kinds.size())).containsExactly("Finished", "SeriesEnded");
    assertThat(kinds.stream().filter("SampleArrived"::equals).count()).isEqualTo(6);
    assertThat(c.lastResultProperty().get().outcome()).isEqualTo(Outcome.COMPLETED);
  }

  @Test
  void stopEndsTheRunWithWhatWasMeasured() {
    RunController c = controller(ScriptedRun.Ending.COMPLETE, 10_000);
    Fx.get(() -> {
      c.start(Scenario.defaults(), HOST);
      return null;
    });
    Fx.await(10, () -> c.latestSampleProperty().get() != null);

    Fx.get(() -> {
      c.stop();
      return null;
    });

    Fx.await(10, () -> c.state() == RunController.State.IDLE);
    assertThat(c.lastResultProperty().get().outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(c.lastResultProperty().get().samples()).isNotEmpty();
  }

  @Test
  void aRunThatThrowsBecomesASentence() {
    RunController c = controller(ScriptedRun.Ending.CRASH, 10);
    Fx.get(() -> {
      c.start(Scenario.defaults(), HOST);
      return null;
    });

    Fx.await(10, () -> c.state() == RunController.State.IDLE);
    assertThat(seen).last().isEqualTo(new RunUpdate.Crashed("The run stopped unexpectedly: scripted crash"));
  }

  @Test
  void aSecondStartWhileRunningIsIgnored() {
    RunController c = controller(ScriptedRun.Ending.COMPLETE, 10_000);
    Fx.get(() -> {
      c.start(Scenario.defaults(), HOST);
      c.start(Scenario.defaults(), HOST);
      return null;
    });

    assertThat(seen.stream().filter(e -> e instanceof RunUpdate.Started).count()).isEqualTo(1);
    Fx.get(() -> {
      c.stop();
      return null;
    });
    Fx.await(10, () -> c.state() == RunController.State.IDLE);
  }

  private static ShootoutPlan threeTargets() {
    List<TargetSpec> targets = java.util.stream.IntStream.rangeClosed(1, 3)
        .<TargetSpec>mapToObj(port -> TargetSpec.External.of(URI.create("ws://127.0.0.1:" + port + "/echo")))
        .toList();
    return ShootoutPlan.once(Scenario.defaults(), targets, java.time.Duration.ZERO);
  }

  private List<String> startedLabels() {
    return seen.stream().filter(e -> e instanceof RunUpdate.Started).map(e -> ((RunUpdate.Started) e).scenario().target().label()).toList();
  }

  @Test
  void aSeriesRunsEachTargetInTurnAndStaysRunningUntilTheLastEnds() {
    RunController c = controller(ScriptedRun.Ending.COMPLETE, 4);
    List<RunController.State> states = new CopyOnWriteArrayList<>();
    Fx.get(() -> {
      c.stateProperty().addListener((obs, old, now) -> states.add(now));
      c.start(threeTargets(), HOST);
      return null;
    });

    Fx.await(20, () -> c.state() == RunController.State.IDLE);

    assertThat(startedLabels()).containsExactly("127.0.0.1-1", "127.0.0.1-2", "127.0.0.1-3");
    assertThat(seen.stream().filter(e -> e instanceof RunUpdate.Started).map(e -> ((RunUpdate.Started) e).position()))
        .containsExactly(1, 2, 3);
    assertThat(seen.stream().filter(e -> e instanceof RunUpdate.Finished)).hasSize(3);
    // one run from the first start to the last end: never idle in between
    assertThat(states).containsExactly(RunController.State.RUNNING, RunController.State.IDLE);
    assertThat(c.lastResultProperty().get().scenario().target().label()).isEqualTo("127.0.0.1-3");
  }

  @Test
  void stopEndsTheWholeSeries() {
    RunController c = controller(ScriptedRun.Ending.COMPLETE, 10_000);
    Fx.get(() -> {
      c.start(threeTargets(), HOST);
      return null;
    });
    Fx.await(10, () -> c.latestSampleProperty().get() != null);

    Fx.get(() -> {
      c.stop();
      return null;
    });

    Fx.await(10, () -> c.state() == RunController.State.IDLE);
    assertThat(startedLabels()).containsExactly("127.0.0.1-1");
    assertThat(c.lastResultProperty().get().outcome()).isEqualTo(Outcome.STOPPED);
  }

  @Test
  void aFailedTargetDoesNotEndTheSeriesAndTheEndBringsTheWholeShootout() {
    RunController c = controller(ScriptedRun.Ending.FAIL, 10);
    Fx.get(() -> {
      c.start(threeTargets(), HOST);
      return null;
    });

    Fx.await(10, () -> c.state() == RunController.State.IDLE);
    // one target of a shootout failing says nothing of the next: each gets its turn
    assertThat(startedLabels()).containsExactly("127.0.0.1-1", "127.0.0.1-2", "127.0.0.1-3");
    assertThat(c.lastResultProperty().get().outcome()).isEqualTo(Outcome.FAILED);
    RunUpdate.SeriesEnded end = (RunUpdate.SeriesEnded) seen.stream().filter(e -> e instanceof RunUpdate.SeriesEnded).findFirst().orElseThrow();
    assertThat(end.result().trials()).hasSize(3);
    assertThat(end.result().runsOf(1).getFirst().outcome()).isEqualTo(Outcome.FAILED);
  }
}
