package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.RunResult;
import wsarena.report.ResultFiles;
import wsarena.testsupport.SavedRunFiles;
import wsarena.testsupport.SegmentRuns;

/** `wsarena merge`: the segments' folders into one run's folder, or one sentence and exit code 2. */
class MergeCommandTest {
  @TempDir Path dir;

  @Test
  void mergesTheSegmentsFoldersIntoOneRunThatTheOtherCommandsRead() throws Exception {
    for (int i = 1; i <= 3; i++) {
      SegmentRuns.write(Files.createDirectories(dir.resolve("s" + i)), i, 3);
    }
    Path out = dir.resolve("all");
    CliResult r = CliResult.of("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), dir.resolve("s3").toString(), "--out", out.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Merged 3 segments (3 load machines).", "host: 3 load machines: Load CPU 1 · 8 threads; Load CPU 2 · 8 threads; Load CPU 3 · 8 threads");
    assertThat(r.out()).contains("warning: segment 2/3: load generator bound");
    RunResult merged = SavedRunFiles.read(out.resolve(ResultFiles.JSON));
    assertThat(merged.segments()).hasSize(3);

    CliResult compared = CliResult.of("compare", out.resolve(ResultFiles.JSON).toString(), dir.resolve("s1").resolve(ResultFiles.JSON).toString());
    assertThat(compared.exitCode()).isZero();
    CliResult charted = CliResult.of("chart", out.resolve(ResultFiles.JSON).toString(), "--out", dir.resolve("charts").toString());
    assertThat(charted.exitCode()).isZero();
  }

  @Test
  void podLogsCarryingTheSegmentsFilesMergeLikeTheirFolders() throws Exception {
    for (int i = 1; i <= 2; i++) {
      Path folder = Files.createDirectories(dir.resolve("s" + i));
      SegmentRuns.write(folder, i, 2);
      java.io.StringWriter log = new java.io.StringWriter();
      log.write("progress line\n");
      wsarena.report.ResultInLog.print(folder, new java.io.PrintWriter(log));
      Files.writeString(dir.resolve("pod-" + i + ".log"), log.toString());
    }
    Path out = dir.resolve("all");
    CliResult r = CliResult.of("merge", dir.resolve("pod-1.log").toString(), dir.resolve("pod-2.log").toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("segments").resolve("pod-2").resolve(ResultFiles.HLOG)).exists();
    assertThat(SavedRunFiles.read(out.resolve(ResultFiles.JSON)).segments()).hasSize(2);
    Files.writeString(dir.resolve("other.log"), "no result here\n");
    assertThat(CliResult.of("merge", dir.resolve("other.log").toString(), "--out", out.toString()).err())
        .contains("other.log is a file without a run's files in it");
  }

  @Test
  void aMissingSegmentIsOneSentenceAndExitCodeTwo() throws Exception {
    SegmentRuns.write(Files.createDirectories(dir.resolve("s1")), 1, 2);
    CliResult r = CliResult.of("merge", dir.resolve("s1").toString(), "--out", dir.resolve("all").toString());
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).isEqualTo("wsarena: segment 2/2 is missing: a merge needs every segment of the run" + System.lineSeparator());
    CliResult noOut = CliResult.of("merge", dir.resolve("s1").toString());
    assertThat(noOut.err()).contains("merge writes a folder: give it with --out DIR");
  }
}
