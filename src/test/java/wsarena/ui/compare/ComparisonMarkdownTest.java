package wsarena.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

class ComparisonMarkdownTest {
  private static final HostInfo SERVER =
      new HostInfo("AMD EPYC 7B13", 2, 2, 24L << 30, "Debian GNU/Linux", "12", "Eclipse Adoptium", "25.0.3", List.of());

  @Test
  void runsOfOneMachineMakeTheCoreReportWithEveryLabelAndTheHardware() {
    List<RunResult> runs =
        List.of(SavedRuns.run(ThreadingModel.EVENT_LOOP, SERVER), SavedRuns.run(ThreadingModel.REACTOR_WORKERS, SERVER));

    String md = ComparisonMarkdown.of(runs);

    assertThat(md).startsWith("# wsarena: undertow-event-loop vs undertow-reactor-workers\n");
    assertThat(md).contains("| undertow-event-loop ", "| undertow-reactor-workers ", "**Hardware**", "AMD EPYC 7B13");
    assertThat(md).doesNotContain("other hardware").doesNotContain("Compare with care");
  }

  @Test
  void aRunFromAnotherMachineIsNamedWithItsHardware() {
    List<RunResult> runs =
        List.of(SavedRuns.run(ThreadingModel.EVENT_LOOP, SERVER), SavedRuns.run(ThreadingModel.MULTI_REACTOR, SavedRuns.LAPTOP));

    String md = ComparisonMarkdown.of(runs);

    assertThat(md)
        .contains(
            "\n\n**Compare with care**\n- undertow-multi-reactor was measured on other hardware than undertow-event-loop:"
                + " Intel(R) Core(TM) i7-8565U");
  }

  @Test
  void manyRunsAreCountedInTheTitle() {
    RunResult r = SavedRuns.run(ThreadingModel.EVENT_LOOP, SERVER);

    assertThat(ComparisonMarkdown.title(List.of(r, r, r, r))).isEqualTo("wsarena: 4 runs side by side");
  }
}
