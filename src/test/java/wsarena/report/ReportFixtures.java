package wsarena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureReportJson;
import wsarena.probe.FeatureResult;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.testing.SavedRuns;

/**
 * A report's inputs as the commands write them, in one folder: a saved shootout of three targets
 * (Undertow in two models and Tornado, scripted runs, twice each), the suite's conformance.json, a
 * feature probe of Tornado and a sweep of Tornado.
 */
final class ReportFixtures {
  static final List<TargetSpec> TARGETS =
      List.of(
          TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.PROCESS),
          TargetSpec.Embedded.of("undertow", ThreadingModel.REACTOR_WORKERS, Isolation.PROCESS),
          new TargetSpec.Peer("tornado"));

  private ReportFixtures() {}

  /** The shootout alone, in {@code dir}/echo; returns that folder. */
  static Path shootout(Path dir) throws IOException {
    Path echo = dir.resolve("echo");
    SavedRuns.shootout(TARGETS, 2, SavedRuns.LAPTOP, echo);
    return echo;
  }

  /** The same targets driven open loop at {@value #EQUAL_RATE} msgs/s, in {@code dir}/equal-load; returns that folder. */
  static Path equalLoad(Path dir) throws IOException {
    Path equal = dir.resolve("equal-load");
    Scenario open = Scenario.defaults().withLoad(LoadProfile.defaults().withRate(new Rate.OpenLoop(EQUAL_RATE)));
    SavedRuns.shootout(open, TARGETS, 2, SavedRuns.LAPTOP, equal);
    return equal;
  }

  static final double EQUAL_RATE = 3000;

  /** Every kind of input, under {@code dir}; returns {@code dir}. */
  static Path everything(Path dir) throws IOException {
    shootout(dir);
    equalLoad(dir);
    Files.copy(conformanceFile(), dir.resolve("conformance.json"));
    Files.createDirectories(dir.resolve("features"));
    FeatureReportJson.write(tornadoFeatures(), dir.resolve("features").resolve("tornado.json"));
    Files.createDirectories(dir.resolve("sweep-tornado"));
    Files.writeString(dir.resolve("sweep-tornado").resolve("sweep.json"), SWEEP);
    return dir;
  }

  static FeatureReport tornadoFeatures() {
    List<FeatureResult> results = new ArrayList<>();
    for (Feature f : Feature.values()) {
      results.add(f == Feature.PERMESSAGE_DEFLATE ? FeatureResult.no(f, "server declined the offer") : FeatureResult.yes(f, "seen"));
    }
    return new FeatureReport("ws://127.0.0.1:40000/echo", "tornado", Instant.parse("2026-12-01T10:00:00Z"), 5000, null, results);
  }

  /** A sweep's file as i10's {@code sweep.json} names its fields: two steps, the first passed. */
  static final String SWEEP =
      """
      {"wsarenaVersion": "0.1.0",
       "target": {"label": "tornado", "description": "Tornado 6.2 (Python) · own process"},
       "host": {"cpuModel": "Intel(R) Core(TM) i7-8565U CPU @ 1.80GHz", "physicalCores": 4, "logicalThreads": 8},
       "maxSustainableRate": 12000.0, "stopReason": "KNEE_FOUND",
       "stopExplanation": "the knee lies between 12,000 and 14,000 msgs/s",
       "steps": [
         {"index": 1, "offeredRate": 12000.0, "achievedRate": 11990.0, "p99Micros": 4200, "targetCpuPercent": 12.0, "passed": true},
         {"index": 2, "offeredRate": 14000.0, "achievedRate": 12500.0, "p99Micros": 250000, "targetCpuPercent": 12.6, "passed": false}
       ]}
      """;

  /** The suite's real verdicts on Netty's event loop, as conformance.json holds them. */
  static Path conformanceFile() {
    try {
      return Path.of(ReportFixtures.class.getResource("conformance.json").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
