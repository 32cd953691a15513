package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.SegmentMerge;
import wsarena.scenario.Scenario;
import wsarena.scenario.Segment;
import wsarena.scenario.Workload;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.SegmentRuns;

class SegmentFoldersTest {
  @TempDir Path dir;

  private List<Path> segments(int count) throws IOException {
    List<Path> folders = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path f = Files.createDirectories(dir.resolve("segment-" + i));
      SegmentRuns.write(f, i, count);
      folders.add(f);
    }
    return folders;
  }

  @Test
  void fourSegmentsMergeIntoTheFilesOfOneRunWithCountsSummedAndHistogramsAddedPerInterval() throws Exception {
    List<Path> folders = segments(4);
    Path out = dir.resolve("merged");
    RunResult merged = SegmentFolders.merge(folders, out);

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(ResultFiles.JSON, ResultFiles.CSV, ResultFiles.HGRM, ResultFiles.HLOG);
    }
    List<RunResult> parts = folders.stream().map(f -> SavedRunFiles.read(f.resolve(ResultFiles.JSON))).toList();
    RunResult read = SavedRunFiles.read(out.resolve(ResultFiles.JSON));
    assertThat(read.totals()).isEqualTo(merged.totals());

    long sent = parts.stream().mapToLong(r -> r.totals().messages().sent()).sum();
    long received = parts.stream().mapToLong(r -> r.totals().messages().received()).sum();
    long errors = parts.stream().mapToLong(r -> r.totals().messages().errors()).sum();
    assertThat(read.totals().messages().sent()).isEqualTo(sent);
    assertThat(read.totals().messages().received()).isEqualTo(received);
    assertThat(read.totals().messages().errors()).isEqualTo(errors);
    assertThat(read.totals().connections().requested()).isEqualTo(40);
    assertThat(read.totals().connections().peak()).isEqualTo(40);
    assertThat(read.totals().messages().receivedPerSecond())
        .isCloseTo(parts.stream().mapToDouble(r -> r.totals().messages().receivedPerSecond()).sum(), org.assertj.core.data.Offset.offset(1e-6));

    Histogram sum = new Histogram(3);
    parts.forEach(p -> sum.add(p.latency()));
    assertThat(read.latency().getTotalCount()).isEqualTo(sum.getTotalCount()).isEqualTo(received);
    assertThat(read.latency()).isEqualTo(sum);
    assertThat(read.totals().latency().p99Micros()).isEqualTo(sum.getValueAtPercentile(99));

    // Interval by interval: the merged log's histograms are the sums of the segments'.
    List<Histogram> mergedLog = log(out.resolve(ResultFiles.HLOG));
    assertThat(mergedLog).hasSize(SegmentRuns.MEASURED_INTERVALS);
    List<List<Histogram>> partLogs = new ArrayList<>();
    for (Path f : folders) {
      partLogs.add(log(f.resolve(ResultFiles.HLOG)));
    }
    List<Sample> measured = read.samples().stream().filter(s -> s.phase() == Phase.MEASURING).toList();
    for (int k = 0; k < SegmentRuns.MEASURED_INTERVALS; k++) {
      Histogram expected = new Histogram(3);
      for (List<Histogram> p : partLogs) {
        expected.add(p.get(k));
      }
      assertThat(mergedLog.get(k)).as("interval " + k).isEqualTo(expected);
      final int at = k;
      long intervalSent = parts.stream().mapToLong(r -> measuredOnly(r).get(at).counts().sent()).sum();
      assertThat(measured.get(k).counts().sent()).isEqualTo(intervalSent);
      assertThat(measured.get(k).latency().p99Micros()).isEqualTo(expected.getValueAtPercentile(99));
    }
    assertThat(read.samples()).hasSameSizeAs(parts.getFirst().samples());

    // context switches: the machines' generators add up; the one target's switches are counted once
    double clientSwitches = 0;
    for (RunResult p : parts) {
      clientSwitches += p.totals().contextSwitches().clientPerMessage() * Math.max(p.totals().messages().sent(), p.totals().messages().received());
    }
    assertThat(read.totals().contextSwitches().clientPerMessage())
        .isCloseTo(clientSwitches / Math.max(sent, received), org.assertj.core.data.Offset.offset(1e-9));
    double targetSwitches = SegmentRuns.TARGET_SWITCHES_PER_SECOND * read.totals().measuredMillis() / 1000.0;
    assertThat(read.totals().contextSwitches().targetPerMessage())
        .isCloseTo(targetSwitches / received, org.assertj.core.data.Offset.offset(1e-9));
    // every intended message's fate, summed over the segments, and per interval
    for (var fate : List.<java.util.function.ToLongFunction<wsarena.metrics.Totals>>of(
        t -> t.fates().intended(), t -> t.fates().answered(), t -> t.fates().timedOut(), t -> t.fates().notSent(), t -> t.fates().inFlightAtStop())) {
      assertThat(fate.applyAsLong(read.totals())).isEqualTo(parts.stream().mapToLong(r -> fate.applyAsLong(r.totals())).sum());
    }
    assertThat(read.totals().fates().intended()).isPositive()
        .isEqualTo(read.totals().fates().answered() + read.totals().fates().timedOut() + read.totals().fates().notSent() + read.totals().fates().inFlightAtStop());
    assertThat(measured.getFirst().fates().backlog())
        .isEqualTo(parts.stream().mapToLong(r -> measuredOnly(r).getFirst().fates().backlog()).sum());
    assertThat(read.totals().handshakes().latency()).isNull();
    assertThat(read.totals().memory().perConnectionBytes()).isEqualTo(-1);
  }

  @Test
  void stormAndIdleSegmentsAreRefusedWithTheSentence() throws Exception {
    Path one = Files.createDirectories(dir.resolve("storm-1"));
    Path two = Files.createDirectories(dir.resolve("storm-2"));
    Scenario storm = SegmentRuns.scenario().withWorkload(Workload.STORM);
    SegmentRuns.write(one, storm, new Segment(1, 2), SegmentRuns.START_AT);
    SegmentRuns.write(two, storm, new Segment(2, 2), SegmentRuns.START_AT);
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(one, two), dir.resolve("m")))
        .isInstanceOf(SegmentMerge.Refused.class)
        .hasMessage(one + " cannot be merged: " + Segment.whyNotSplit(Workload.STORM));
    assertThat(Segment.whyNotSplit(Workload.IDLE)).contains("memory per connection").contains("one load machine");
  }

  @Test
  void theMergedRunListsEveryHostAndKeepsEachSegmentsWarningsUnderItsName() throws Exception {
    RunResult merged = SegmentFolders.merge(segments(4), dir.resolve("merged"));
    RunResult read = SavedRunFiles.read(dir.resolve("merged").resolve(ResultFiles.JSON));
    assertThat(read.hosts()).containsExactly(SegmentRuns.host(1), SegmentRuns.host(2), SegmentRuns.host(3), SegmentRuns.host(4));
    assertThat(read.segments()).extracting(s -> s.segment().toString()).containsExactly("1/4", "2/4", "3/4", "4/4");
    assertThat(read.warnings())
        .contains("segment 3/4: load generator bound (segment 3/4's own warning)")
        .hasSize(4);
    assertThat(read.segments().get(2).warnings()).containsExactly("load generator bound (segment 3/4's own warning)");
    assertThat(merged.clientThreads()).isEqualTo(8);
  }

  @Test
  void segmentsGivenInAnyOrderMergeTheSame() throws Exception {
    List<Path> folders = segments(3);
    RunResult inOrder = SegmentFolders.merge(folders, dir.resolve("a"));
    RunResult shuffled = SegmentFolders.merge(List.of(folders.get(2), folders.get(0), folders.get(1)), dir.resolve("b"));
    assertThat(shuffled.totals()).isEqualTo(inOrder.totals());
    assertThat(shuffled.latency()).isEqualTo(inOrder.latency());
  }

  @Test
  void aMissingSegmentIsRefusedByName() throws Exception {
    List<Path> folders = segments(4);
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(folders.get(0), folders.get(2)), dir.resolve("m")))
        .isInstanceOf(SegmentMerge.Refused.class)
        .hasMessage("segments 2/4, 4/4 are missing: a merge needs every segment of the run");
    assertThat(dir.resolve("m")).doesNotExist();
  }

  @Test
  void aSegmentGivenTwiceIsRefusedNamingBothFolders() throws Exception {
    List<Path> folders = segments(2);
    Path copy = Files.createDirectories(dir.resolve("copy-of-1"));
    SegmentRuns.write(copy, 1, 2);
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(folders.get(0), folders.get(1), copy), dir.resolve("m")))
        .hasMessage("segment 1/2 is given twice: " + folders.get(0) + " and " + copy);
  }

  @Test
  void aSegmentOfAnotherScenarioIsRefusedSayingWhatDiffers() throws Exception {
    List<Path> folders = segments(2);
    Path other = Files.createDirectories(dir.resolve("other"));
    SegmentRuns.write(
        other, SegmentRuns.scenario().withLoad(SegmentRuns.scenario().load().withConnections(80)), new Segment(2, 2), SegmentRuns.START_AT);
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(folders.get(0), other), dir.resolve("m")))
        .hasMessage(other + " is a segment of another scenario than " + folders.get(0) + " (load.connections: 40 vs 80)");
  }

  @Test
  void segmentsOfDifferentSplitsOrStartsAreRefused() throws Exception {
    List<Path> folders = segments(2);
    Path third = Files.createDirectories(dir.resolve("of-three"));
    SegmentRuns.write(third, 2, 3);
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(folders.get(0), third), dir.resolve("m")))
        .hasMessage(folders.get(0) + " is segment 1/2 and " + third + " segment 2/3: they split the scenario in different numbers of segments");
    Path later = Files.createDirectories(dir.resolve("later"));
    SegmentRuns.write(later, SegmentRuns.scenario(), new Segment(2, 2), SegmentRuns.START_AT.plusSeconds(60));
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(folders.get(0), later), dir.resolve("m")))
        .hasMessage(folders.get(0) + " started at 2026-12-01T12:00:00Z and " + later + " at 2026-12-01T12:01:00Z: segments of one run share one --start-at");
  }

  @Test
  void aWholeRunOrAFolderWithoutItsIntervalLogIsRefused() throws Exception {
    List<Path> folders = segments(2);
    Path whole = dir.resolve("whole");
    RunResult segment = SavedRunFiles.read(folders.get(0).resolve(ResultFiles.JSON));
    ResultFiles.writeAll(
        new RunResult(segment.wsarenaVersion(), segment.scenario(), segment.host(), segment.target(), 1, segment.startedAt(),
            segment.outcome(), null, segment.samples(), segment.latency(), null, segment.totals(), List.of(), List.of(), null, null),
        whole);
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(whole, folders.get(1)), dir.resolve("m")))
        .hasMessageContaining(whole + " has no latency.hlog");
    Files.copy(folders.get(0).resolve(ResultFiles.HLOG), whole.resolve(ResultFiles.HLOG));
    assertThatThrownBy(() -> SegmentFolders.merge(List.of(whole, folders.get(1)), dir.resolve("m")))
        .hasMessage(whole + " is the result of a whole run, not of a segment (segments are run with --segment i/N)");
    Files.delete(folders.get(1).resolve(ResultFiles.HLOG));
    assertThatThrownBy(() -> SegmentFolders.merge(folders, dir.resolve("m")))
        .hasMessage(folders.get(1) + " has no latency.hlog (the interval histograms a merge adds up): its run was not saved with --out");
  }

  private static List<Sample> measuredOnly(RunResult r) {
    return r.samples().stream().filter(s -> s.phase() == Phase.MEASURING).toList();
  }

  private static List<Histogram> log(Path hlog) throws IOException {
    List<Histogram> out = new ArrayList<>();
    try (HistogramLogReader reader = new HistogramLogReader(hlog.toFile())) {
      for (EncodableHistogram h; (h = reader.nextIntervalHistogram()) != null; ) {
        out.add((Histogram) h);
      }
    }
    return out;
  }
}
