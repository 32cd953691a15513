package wsarena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class RecordMergeTest {
  record Figures(long count, int peak, double cpuPercent, long targetRss, String name) {}

  @Test
  void eachComponentIsMergedByItsRule() {
    RecordMerge<Figures> merge =
        new RecordMerge<>(Figures.class).sum("count").max("peak").mean("cpuPercent").maxKnown("targetRss").first("name");
    Figures merged = merge.merge(List.of(new Figures(3, 7, 20, -1, "a"), new Figures(4, 9, 40, 500, "b"), new Figures(5, 2, 60, 300, "c")));
    assertThat(merged).isEqualTo(new Figures(12, 9, 40, 500, "a"));
    assertThat(merge.merge(List.of(new Figures(1, 1, 1, -1, "x"), new Figures(1, 1, 1, -1, "y"))).targetRss()).isEqualTo(-1);
  }

  @Test
  void sumKnownAddsUpOnlyWhenEveryValueIsKnown() {
    RecordMerge<Figures> merge =
        new RecordMerge<>(Figures.class).sum("count").max("peak").mean("cpuPercent").sumKnown("targetRss").first("name");
    assertThat(merge.merge(List.of(new Figures(1, 1, 1, 200, "a"), new Figures(1, 1, 1, 300, "b"))).targetRss()).isEqualTo(500);
    assertThat(merge.merge(List.of(new Figures(1, 1, 1, 200, "a"), new Figures(1, 1, 1, -1, "b"))).targetRss()).isEqualTo(-1);
  }

  @Test
  void theTargetsMemoryPerConnectionIsItsGrowthOverEveryConnectionHeld() {
    // one target grew by 30 MB holding 300 connections: segments of 100 and 200 each divided it by their own
    Totals a = perConnection(100, 300_000), b = perConnection(200, 150_000), unknown = perConnection(50, -1);
    assertThat(SegmentMerge.PerConnectionMemory.of(List.of(a, b))).isEqualTo(new SegmentMerge.PerConnectionMemory(100_000, -1));
    assertThat(SegmentMerge.PerConnectionMemory.of(List.of(unknown, unknown)).memory()).isEqualTo(-1);
  }

  private static Totals perConnection(int held, long bytes) {
    return new Totals(
        1000, new Totals.Messages(0, 0, 0, 0, 0, 0, 0, 0, 0), Fates.NONE, LatencySummary.EMPTY, null, LatencySummary.EMPTY,
        new Totals.Connections(held, held, 0, FailuresByCause.NONE, null), new Totals.Handshakes(0, 0, null, -1),
        new Totals.Cpu(0, -1, 0, -1), Totals.ContextSwitches.UNKNOWN, new Totals.Memory(-1, -1, bytes, -1),
        Fairness.UNKNOWN);
  }

  @Test
  void aComponentWithoutARuleIsNamedBeforeAnythingIsMerged() {
    RecordMerge<Figures> partial = new RecordMerge<>(Figures.class).sum("count").max("peak");
    assertThatThrownBy(partial::complete).hasMessage("Figures has no merge rule for cpuPercent, targetRss, name");
    assertThatThrownBy(() -> new RecordMerge<>(Figures.class).sum("counts")).hasMessage("Figures has no component counts");
  }

  @Test
  void theSegmentMergeHasARuleForEveryFigureOfTheTotals() {
    // A figure added to Totals without a rule fails here, naming it: add one line to
    // SegmentMerge.totalsMerge (.sum("name") for a count).
    SegmentMerge.totalsMerge(List.of(), new Histogram(3), null, 0, -1, 0, new SegmentMerge.PerConnectionMemory(-1, -1)).complete();
  }
}
