package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.report.Metric;
import wsarena.report.Spread;
import wsarena.testsupport.SavedRunFiles;

/**
 * {@code wsarena shootout} over three embedded engines and a Python server, each run twice, for a
 * second each: every row of its table is its runs' own figures (the median of the two), the
 * targets ran interleaved, each repeat started its target afresh, the mix of engines in this
 * process and a Python server in its own is said, and the folder it leaves opens again.
 */
@Timeout(120)
class ShootoutCommandIT {
  private static final List<String> LABELS = List.of("netty-event-loop", "undertow-event-loop", "jetty-reactor-workers", "tornado");

  @Test
  void eachRowIsItsTargetsOwnRunsAndTheMixOfIsolationsIsSaid(@TempDir Path dir) throws Exception {
    CliResult r =
        CliResult.of(
            "shootout", "--targets", "netty:event-loop,undertow:event-loop,jetty:reactor-workers,tornado", "--isolation", "in-process",
            // eight runs; every cell asserted is the median of the runs' own files, whatever their
            // length: half a second each, in quarter-second intervals
            "--connections", "5", "--warmup", "0s", "--duration", "500ms", "--interval", "250ms", "--repeat", "2",
            "--cool-down", "0s", "--quiet", "--out", dir.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("wsarena shootout · 4 targets × 2 repeats, interleaved (A B C A B C)")
        .contains("target 4 of 4 · tornado · repeat 2 of 2 · ")
        .contains("warning: mixed isolation: netty-event-loop, undertow-event-loop, jetty-reactor-workers in this process;"
            + " tornado in its own process");

    String table = r.out().substring(r.out().indexOf("median of each target's runs:"), r.out().indexOf("(*) the best"));
    List<String> columns = Arrays.asList(table.lines().skip(1).findFirst().orElseThrow().strip().split(" {2,}"));
    for (String label : LABELS) {
      List<RunResult> runs = List.of(SavedRunFiles.read(dir.resolve(label + "-1.json")), SavedRunFiles.read(dir.resolve(label + "-2.json")));
      assertThat(runs).extracting(RunResult::outcome).containsOnly(Outcome.COMPLETED);
      List<String> row = row(table, label);
      assertThat(row.get(columns.indexOf("isolation"))).isEqualTo(label.equals("tornado") ? "own process" : "this process");
      assertThat(row.get(columns.indexOf("runs"))).isEqualTo("2");
      for (Metric m : Metric.all()) {
        double[] values = runs.stream().map(m::value).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).toArray();
        if (!columns.contains(m.column())) {
          assertThat(values).as(m.column() + " applies to no target of an echo shootout").isEmpty();
          continue;
        }
        String expected = Spread.of(values).map(s -> m.cell(s.median())).orElse("n/a");
        assertThat(row.get(columns.indexOf(m.column())).replace(" *", "")).as(label + " " + m.column()).isEqualTo(expected);
      }
      assertThat(runs).allSatisfy(run -> assertThat(run.warnings()).anyMatch(w -> w.startsWith("mixed isolation:")));
    }
    // each repeat of the Python server was a process of its own
    List<String> tornadoPids = new ArrayList<>();
    for (String file : List.of("tornado-1.json", "tornado-2.json")) {
      Matcher pid = Pattern.compile("pid (\\d+)").matcher(SavedRunFiles.read(dir.resolve(file)).target().description());
      assertThat(pid.find()).isTrue();
      tornadoPids.add(pid.group(1));
    }
    assertThat(tornadoPids.get(0)).isNotEqualTo(tornadoPids.get(1));

    String index = Files.readString(dir.resolve("shootout.json"));
    assertThat(index.indexOf("\"tornado-1.json\"", index.indexOf("\"order\""))).isLessThan(index.indexOf("\"netty-event-loop-2.json\"", index.indexOf("\"order\"")));
    assertThat(Files.readString(dir.resolve("report.md")))
        .startsWith("# wsarena shootout")
        .contains("> **Not on equal terms:** mixed isolation:", "| tornado | own process | 2 |", "**Hardware**");
    assertThat(dir.resolve("bars-msgs-per-second.png")).exists();

    CliResult again = CliResult.of("compare", dir.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("tornado", "netty-event-loop");
  }

  @Test
  void aStormShootoutComparesHandshakesPerSecond(@TempDir Path dir) throws Exception {
    CliResult r =
        CliResult.of(
            "shootout", "--targets", "netty:event-loop,undertow:event-loop", "--workload", "storm", "--isolation", "in-process",
            "--handshakes-in-flight", "10", "--warmup", "0s", "--duration", "1s", "--cool-down", "0s", "--quiet", "--out", dir.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .containsPattern("(?m)^  netty-event-loop +[0-9,]+ handshakes/s ")
        .containsPattern("(?m)^target +isolation +runs +handshakes/s +p50 ms")
        .doesNotContain("msgs/s")
        .containsPattern("fastest: (netty|undertow)-event-loop at [0-9,]+ handshakes/s; the generator spent \\d+\\.\\d µs CPU per handshake there");
    assertThat(dir.resolve("bars-handshakes-per-second.png")).exists();
    assertThat(dir.resolve("bars-msgs-per-second.png")).doesNotExist();
    assertThat(Files.readString(dir.resolve("report.md"))).contains("| handshakes/s |").doesNotContain("msgs/s");
  }

  private static List<String> row(String table, String label) {
    String line = table.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow(() -> new AssertionError("no row for " + label));
    // cells are two spaces or more apart; a best mark " *" stays with its cell
    return Arrays.asList(line.strip().split(" {2,}"));
  }
}
