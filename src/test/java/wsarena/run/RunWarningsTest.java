package wsarena.run;

import wsarena.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.metrics.Fates;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.testsupport.CollectingSink;

class RunWarningsTest {
  private final CollectingSink sink = new CollectingSink();

  @Test
  void theFirstBoundIntervalIsToldOnceAndTheWholeRunJudgedAtTheEnd() {
    RunWarnings warnings = new RunWarnings(Scenario.defaults(), sink);
    List<Sample> samples =
        List.of(Samples.generator(99, 0, 0, 1_000), Samples.generator(99, 0, 0, 1_000), Samples.generator(10, 0, 0, 1_000));
    samples.forEach(warnings::measured);

    assertThat(sink.warnings).singleElement().asString().startsWith("load generator bound in this interval");
    assertThat(warnings.kept()).isEmpty();

    warnings.atEnd(null, Fates.NONE, samples, null);

    assertThat(warnings.kept()).singleElement().asString().startsWith("load generator bound: in 2 of 3 measured intervals");
    assertThat(sink.warnings).hasSize(2);
  }

  @Test
  void aWarningFoundTwiceIsKeptAndToldOnce() {
    Scenario trustAny =
        Scenario.defaults().withTarget(new TargetSpec.External(URI.create("wss://127.0.0.1:1/echo"), true, 0));
    RunWarnings warnings = new RunWarnings(trustAny, sink);

    warnings.atStart();
    warnings.rampTimedOut(3);
    warnings.rampTimedOut(3);

    assertThat(warnings.kept())
        .containsExactly(
            "certificate checks are off (trust any certificate): the server's identity was not verified",
            "the ramp did not finish in time: 3 connections still connecting");
    assertThat(sink.warnings).isEqualTo(warnings.kept());
  }

  @Test
  void oneConnectionIsCountedInTheSingular() {
    RunWarnings warnings = new RunWarnings(Scenario.defaults(), RunEvent.Listener.NONE);

    warnings.rampTimedOut(1);

    assertThat(warnings.kept()).containsExactly("the ramp did not finish in time: 1 connection still connecting");
  }
}
