package wsarena.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import wsarena.run.RunEvent;
import wsarena.metrics.PackedHistogram;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.metrics.SegmentMerge;

/**
 * {@code wsarena merge}: reads the folders of a run's segments (what {@code run --segment i/N --out
 * DIR} writes: {@code result.json} and the interval log {@code latency.hlog}), merges them with
 * {@link SegmentMerge} and writes the whole run's folder, the same files {@code run --out} writes,
 * so the merged run opens, charts, compares and reports like any run.
 */
public final class SegmentFolders {
  private SegmentFolders() {}

  /**
   * @return the merged result, also written into {@code out}
   * @throws SegmentMerge.Refused with a sentence when a folder cannot be read or the folders are
   *     not the segments of one run
   * @throws IOException when {@code out} cannot be written
   */
  public static RunResult merge(List<Path> folders, Path out) throws SegmentMerge.Refused, IOException {
    List<SegmentMerge.Part> parts = new ArrayList<>();
    long startMillis = Long.MAX_VALUE;
    for (Path folder : folders) {
      Read read = read(folder);
      parts.add(read.part);
      startMillis = Math.min(startMillis, read.logStartMillis);
    }
    SegmentMerge.Merged merged = SegmentMerge.merge(parts);
    RunResult result = merged.result();
    Files.createDirectories(out);
    try (HistogramLogSink log = new HistogramLogSink(out.resolve(ResultFiles.HLOG), startMillis)) {
      for (int i = 0; i < result.samples().size(); i++) {
        log.on(new RunEvent.SampleTaken(result.samples().get(i), merged.intervals().get(i).unpack(), null));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    ResultFiles.writeAll(result, out);
    return result;
  }

  private record Read(SegmentMerge.Part part, long logStartMillis) {}

  private static Read read(Path folder) throws SegmentMerge.Refused {
    String name = folder.toString();
    if (!Files.isDirectory(folder)) {
      throw new SegmentMerge.Refused(
          name + " is not a folder: merge takes the folders that 'wsarena run --segment i/N --out DIR' writes");
    }
    Path json = folder.resolve(ResultFiles.JSON);
    Path hlog = folder.resolve(ResultFiles.HLOG);
    if (!Files.isRegularFile(json)) {
      throw new SegmentMerge.Refused(name + " has no " + ResultFiles.JSON + ": it is not the folder of a segment's run (--out DIR)");
    }
    RunResult result =
        switch (SavedRunReader.read(json)) {
          case SavedRun.Loaded loaded -> loaded.result();
          case SavedRun.SweepLoaded sweep ->
              throw new SegmentMerge.Refused(name + " holds a sweep, not a run: sweeps are not split into segments");
          case SavedRun.Unreadable u -> throw new SegmentMerge.Refused(u.sentence().replaceFirst("\\.$", ""));
        };
    if (!Files.isRegularFile(hlog)) {
      throw new SegmentMerge.Refused(
          name + " has no " + ResultFiles.HLOG + " (the interval histograms a merge adds up): its run was not saved with --out");
    }
    try {
      return intervals(name, result, hlog);
    } catch (IOException | RuntimeException e) {
      throw new SegmentMerge.Refused(hlog + " is damaged: " + e.getMessage());
    }
  }

  /** The interval log's histograms, each under the elapsed time of the sample it was logged for. */
  private static Read intervals(String name, RunResult result, Path hlog) throws IOException {
    Map<Long, PackedHistogram> byElapsed = new HashMap<>();
    long startMillis;
    try (HistogramLogReader reader = new HistogramLogReader(hlog.toFile())) {
      Map<Long, Sample> measured = new HashMap<>();
      for (Sample s : result.samples()) {
        if (s.phase().logged()) {
          measured.put(s.elapsedMillis(), s);
        }
      }
      startMillis = -1;
      for (EncodableHistogram e; (e = reader.nextIntervalHistogram()) != null; ) {
        if (!(e instanceof Histogram h)) {
          throw new IOException("it holds a histogram of another kind than wsarena writes");
        }
        if (startMillis < 0) {
          startMillis = Math.round(reader.getStartTimeSec() * 1000);
        }
        long end = e.getEndTimeStamp() - startMillis;
        Sample at = nearest(measured, end);
        if (at == null) {
          throw new IOException("an interval ending at " + end + " ms belongs to no sample of " + ResultFiles.JSON);
        }
        byElapsed.put(at.elapsedMillis(), PackedHistogram.of(h));
      }
      if (startMillis < 0) {
        startMillis = Math.round(reader.getStartTimeSec() * 1000);
      }
    }
    return new Read(new SegmentMerge.Part(name, result, byElapsed), startMillis);
  }

  /** The measured sample ending within a millisecond of {@code elapsedMillis} (the log rounds to ms). */
  private static Sample nearest(Map<Long, Sample> measured, long elapsedMillis) {
    for (long d : new long[] {0, -1, 1}) {
      Sample s = measured.get(elapsedMillis + d);
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
