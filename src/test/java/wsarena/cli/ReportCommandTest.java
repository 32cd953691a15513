package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

/** `wsarena report`: a saved shootout becomes report.md, report.html and the PNGs; bad input is a sentence. */
class ReportCommandTest {
  @TempDir Path in;
  @TempDir Path out;

  private Path shootout() throws Exception {
    SavedRuns.shootout(
        List.of(TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS), new TargetSpec.Peer("tornado")),
        1, SavedRuns.LAPTOP, in.resolve("echo"));
    return in.resolve("echo");
  }

  @Test
  void aSavedShootoutBecomesTheReportAndTheCommandThatWroteItIsInIt() throws Exception {
    Path echo = shootout();

    CliResult r = CliResult.of("report", echo.toString(), "--out", out.toString(), "--measured-with", "packaging/report.sh --duration 1s");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("report: 2 runs of 2 targets", "claims: 31 claims: ", "Files: " + out.toAbsolutePath());
    assertThat(out.resolve("report.md")).exists();
    assertThat(out.resolve("report.html")).exists();
    assertThat(out.resolve("latency-distribution.png")).exists();
    assertThat(Files.readString(out.resolve("report.md")))
        .contains("wsarena report " + echo + " --out " + out + " --measured-with 'packaging/report.sh --duration 1s'");
  }

  @Test
  void aWrongClaimsFileIsASentenceAndWritesNothing() throws Exception {
    Path echo = shootout();
    Path claims = Files.writeString(in.resolve("claims.yaml"), "claims:\n  - quote: fast\n    target: tornado\n    measurement: speed\n    rule: best\n");

    CliResult r = CliResult.of("report", echo.toString(), "--out", out.toString(), "--claims", claims.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).startsWith("wsarena: --claims: the claims file " + claims + ": claim 1 (\"fast\") names the unknown measurement 'speed'");
    assertThat(out.resolve("report.md")).doesNotExist();
  }

  @Test
  void nothingToReportIsASentence() throws Exception {
    Files.writeString(in.resolve("notes.txt"), "hello");

    CliResult r = CliResult.of("report", in.toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("wsarena: nothing to report: no run, sweep, conformance result or feature probe was found in " + in);
    assertThat(CliResult.of("report", in.toString()).err().strip())
        .isEqualTo("wsarena: give --out DIR: the folder report.md, report.html and the pictures go into");
  }

  @Test
  void oneUnreadableInputEndsTheReportNamingItAndWritesNothing() throws Exception {
    Path echo = shootout();
    Path broken = Files.writeString(in.resolve("storm.json"), "{\"scenario\": {");
    Path report = out.resolve("report");

    CliResult r = CliResult.of("report", echo.toString(), broken.toString(), "--out", report.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).startsWith("wsarena: Could not open " + broken + ": it is damaged")
        .endsWith("No report was written: fix that input or leave it out.");
    assertThat(report).doesNotExist();
  }
}
