package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.testsupport.FewSuiteCases;
import wsarena.testsupport.SavedRunFiles;

/**
 * The shipped benchmark, cut down to two Netty models in this process for one second each: where
 * it is as each target starts, the table, the generator's cost and ceiling, and the files --out
 * leaves (results, index, report, pictures).
 */
@Timeout(120)
class BenchCommandIT {

  @Test
  void printsOneTableWithTheGeneratorsCeilingAndWritesEachResultAndAReport(@TempDir Path dir) throws Exception {
    CliResult r =
        CliResult.of(
            "bench", "--engines", "netty", "--models", "event-loop,multi-reactor", "--no-peers",
            "--isolation", "in-process", "--connections", "10", "--warmup", "0s", "--duration", "1s",
            "--out", dir.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("target 1 of 2 · netty-event-loop · 0 s elapsed · about ")
        .contains("target 2 of 2 · netty-multi-reactor · ")
        .contains("msgs/s  p50 ms  p99 ms  p99.9 ms")
        .contains("client µs/msg  target µs/msg  client cs/msg  target cs/msg  target RSS")
        .containsPattern("(?m)^netty-event-loop +[0-9,]+ ")
        .containsPattern("(?m)^netty-multi-reactor +[0-9,]+ ")
        .containsPattern("fastest: netty-(event-loop|multi-reactor) at [0-9,]+ msgs/s; the generator spent \\d+\\.\\d µs CPU per message there")
        .containsPattern("generator ceiling at that cost: about [0-9,]+ msgs/s per generator thread with a core to itself \\(\\d+ threads? ran\\)");

    for (String label : new String[] {"netty-event-loop", "netty-multi-reactor"}) {
      RunResult result = SavedRunFiles.read(dir.resolve(label + ".json"));
      assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
      assertThat(result.totals().messages().errors()).isZero();
      // closed loop: at most one message per connection in flight across the phase boundaries
      assertThat(result.totals().messages().received()).isPositive().isCloseTo(result.totals().messages().sent(), within(10L));
    }
    assertThat(Files.readString(dir.resolve("report.md")))
        .startsWith("# wsarena bench")
        .contains("| netty-event-loop ", "| netty-multi-reactor ", "**Hardware**");
    java.awt.image.BufferedImage distribution = javax.imageio.ImageIO.read(dir.resolve("distribution.png").toFile());
    assertThat(distribution.getWidth()).isEqualTo(3200);
    // a preset of shootout: its folder opens again as one
    assertThat(Files.readString(dir.resolve("shootout.json"))).contains("\"kind\" : \"wsarena shootout\"");
  }

  @Test
  void aStormBenchPrintsHandshakesPerSecondAndTheGeneratorsCostPerHandshake() {
    CliResult r =
        CliResult.of(
            "bench", "--workload", "storm", "--engines", "netty", "--models", "event-loop", "--no-peers",
            "--isolation", "in-process", "--handshakes-in-flight", "10", "--warmup", "0s", "--duration", "1s");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("storm · at most 10 handshakes in flight")
        .contains("handshakes/s  p50 ms  p90 ms  p99 ms")
        .containsPattern("(?m)^netty-event-loop +[0-9,]+ ")
        .containsPattern("fastest: netty-event-loop at [0-9,]+ handshakes/s; the generator spent \\d+\\.\\d µs CPU per handshake there");
  }

  @Test
  void anIdleBenchPrintsMemoryPerConnectionAndSaysWhenItCannotBeMeasured() {
    CliResult r =
        CliResult.of(
            "bench", "--workload", "idle", "--engines", "netty", "--models", "event-loop", "--no-peers",
            "--isolation", "in-process", "--connections", "50", "--warmup", "0s", "--duration", "1s");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("held  KiB/conn  heap KiB/conn  ping p50 ms")
        .containsPattern("(?m)^netty-event-loop +50/50 +n/a +n/a ")
        .contains("memory per connection is not measured in this process");
  }

  @Test
  @Timeout(240)
  void conformancePutsTheSuitesVerdictBesideEachTargetsFigures(@TempDir Path dir) throws Exception {
    CliResult r;
    try (FewSuiteCases cases = FewSuiteCases.set()) {
      r = CliResult.of(
          "bench", "--engines", "netty", "--models", "event-loop", "--no-peers", "--isolation", "in-process",
          "--connections", "4", "--warmup", "0s", "--duration", "1s", "--conformance", "--out", dir.toString());
    }

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("(?m)^  netty-event-loop .* conformance \\d+ OK · \\d+ non-strict · 0 failed$")
        .contains("checked on each target before its load")
        .containsPattern("(?m)^target +conformance +features")
        .containsPattern("(?m)^netty-event-loop +\\d+ OK · \\d+ non-strict · 0 failed +TLS yes · permessage-deflate yes · ");
    RunResult result = SavedRunFiles.read(dir.resolve("netty-event-loop.json"));
    assertThat(result.conformance().failed()).isZero();
    assertThat(result.conformance().total()).isEqualTo(FewSuiteCases.COUNT);
    assertThat(result.features()).isNotNull();
    assertThat(Files.readString(dir.resolve("report.md"))).contains("**Conformance and features**");
  }
}
