package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.net.URI;
import wsarena.report.SweepFiles;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.Scenarios;
import wsarena.testsupport.Sweeps;
import wsarena.ui.testing.Pixels;
import wsarena.ui.testing.SavedRuns;

/** `wsarena chart`: saved runs drawn as PNG with no display (the build runs it AWT-headless). */
class ChartCommandTest {
  @TempDir Path dir;

  @Test
  void drawsTheDistributionABarChartPerFigureAndEachRunsTimeChartsAt16By9TwiceTheSize() throws Exception {
    Path a = SavedRuns.write(SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP), dir.resolve("a.json"));
    Path b = SavedRuns.write(SavedRuns.run(ThreadingModel.MULTI_REACTOR, SavedRuns.LAPTOP), dir.resolve("b.wsarena"));
    Path out = dir.resolve("charts");

    CliResult r = CliResult.of("chart", a.toString(), b.toString(), "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String name :
        new String[] {
          "distribution.png", "undertow-event-loop-latency.png", "undertow-event-loop-throughput.png",
          "undertow-multi-reactor-latency.png", "undertow-multi-reactor-throughput.png", "bars-msgs-per-second.png",
          "bars-p99.png", "bars-target-cpu-per-message.png"
        }) {
      Path png = out.resolve(name);
      assertThat(r.out()).contains("Wrote " + png.toAbsolutePath().normalize());
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(name).isNotNull();
      assertThat(image.getWidth()).isEqualTo(3200);
      assertThat(image.getHeight()).isEqualTo(1800);
      assertThat(Pixels.distinctColours(image)).as(name).isGreaterThan(50);
      assertThat(Pixels.inkShare(image)).as(name).isGreaterThan(0.01);
    }
  }

  @Test
  void theSquareOptionAndAnyOtherSizeAreHonoured() throws Exception {
    Path a = SavedRuns.write(SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP), dir.resolve("a.json"));

    CliResult square = CliResult.of("chart", a.toString(), "--square", "--out", dir.resolve("square").toString());
    CliResult small = CliResult.of("chart", a.toString(), "--size", "800x600", "--scale", "1", "--out", dir.resolve("small").toString());
    CliResult bad = CliResult.of("chart", a.toString(), "--size", "big", "--out", dir.resolve("bad").toString());

    assertThat(square.exitCode()).as(square.err()).isZero();
    BufferedImage s = ImageIO.read(dir.resolve("square/distribution.png").toFile());
    assertThat(List.of(s.getWidth(), s.getHeight())).containsExactly(2160, 2160);
    BufferedImage m = ImageIO.read(dir.resolve("small/bars-p50.png").toFile());
    assertThat(List.of(m.getWidth(), m.getHeight())).containsExactly(800, 600);
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip()).isEqualTo("wsarena: 'big' is not a size: write WIDTHxHEIGHT, e.g. 1600x900");
  }

  @Test
  void drawsSweepsAsLatencyAndAchievedAgainstTheOfferedLoad() throws Exception {
    Scenario base = Scenarios.external(URI.create("ws://127.0.0.1:9/echo"), Scenarios.shortLoad(10, new Rate.OpenLoop(1)));
    SweepFiles.writeAll(Sweeps.doubling(base, "fast", 30_000, SavedRuns.LAPTOP), dir.resolve("fast"));
    SweepFiles.writeAll(Sweeps.doubling(base, "slow", 5_000, SavedRuns.LAPTOP), dir.resolve("slow"));
    Path out = dir.resolve("charts");

    CliResult r = CliResult.of("chart", dir.resolve("fast/sweep.json").toString(), dir.resolve("slow/sweep.json").toString(),
        "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String name : new String[] {"sweep-latency.png", "sweep-achieved.png"}) {
      BufferedImage image = ImageIO.read(out.resolve(name).toFile());
      assertThat(image.getWidth()).isEqualTo(3200); // laid out 16:9 at 2x, as every export
      assertThat(Pixels.distinctColours(image)).as(name).isGreaterThan(50);
    }
    assertThat(out.resolve("distribution.png")).as("no run was given").doesNotExist();

    CliResult compared = CliResult.of("compare", dir.resolve("fast/sweep.json").toString(), dir.resolve("slow/sweep.json").toString());
    assertThat(compared.out()).contains("max sustainable msgs/s").contains("16,000").contains("4,000").contains("knee found")
        .contains("fast: the knee lies between");
  }

  @Test
  void aFileThatIsNotAResultIsOneSentenceAndNothingIsDrawn() throws Exception {
    Path other = Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\"}");
    Path out = dir.resolve("charts");

    CliResult r = CliResult.of("chart", other.toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("wsarena: Could not open " + other + ": it is JSON, but not a wsarena run result (it has no scenario).");
    assertThat(out).doesNotExist();
  }
}
