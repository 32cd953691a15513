package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.scenario.ThreadingModel;
import wsarena.engine.netty.NettyEngine;
import wsarena.engine.undertow.UndertowEngine;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;

/**
 * The real suite (from target/lib/autobahn-testsuite, copied there by the build) against a real
 * engine on loopback: the quick set, a wrong path that must never reach the suite, and a suite that
 * overruns its time.
 */
class ConformanceRunnerIT {
  private static final TargetSpec NETTY = TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS);

  /**
   * Netty's own close handling answered malformed close frames (7.3.2, 7.3.6, 7.5.1, 7.9.1-9) with
   * 1000 where 1002 is due: 12 FAILED here until ProtocolViolations took the closing over.
   */
  @Test
  @Timeout(300)
  void theQuickSuiteFindsNoFailedCaseInNettysEventLoop(@TempDir Path reports) throws Exception {
    TargetConformance result;
    try (RunningServer server = new NettyEngine().start(EngineOptions.loopback(ThreadingModel.EVENT_LOOP, 0))) {
      result = quickSuite(reports, CaseSelection.quick().defaultTimeout()).judge(endpoint(NETTY, server.uri("/echo")), LISTENER);
    }

    assertThat(result).isInstanceOf(ConformanceSummary.class);
    ConformanceSummary s = (ConformanceSummary) result;
    assertThat(s.failedCases()).extracting(CaseVerdict::id).isEmpty();
    assertThat(s.failed()).isZero();
    // What remains is Netty's own frame decoder, and the summary says so with its source.
    assertThat(s.nonStrictCases())
        .allSatisfy(c -> assertThat(c.cause()).as(c.id()).contains("WebSocket08FrameDecoder"));
    assertThat(s.total()).isGreaterThan(200);
    assertThat(counts(s)).isEqualTo(countsOfTheSuitesOwnIndex(reports.resolve(s.target()), s.target()));
  }

  @Test
  @Timeout(60)
  void aWrongPathIsASentenceAndTheSuiteNeverStarts(@TempDir Path reports) throws Exception {
    try (RunningServer server = new NettyEngine().start(EngineOptions.loopback(ThreadingModel.EVENT_LOOP, 0))) {
      URI wrong = server.uri("/nowhere");
      TargetConformance result = quickSuite(reports, Duration.ofMinutes(1)).judge(endpoint(TargetSpec.External.of(wrong), wrong), LISTENER);

      assertThat(result).isInstanceOfSatisfying(ConformanceFailure.class, f -> assertThat(f.failure())
          .isEqualTo("the suite cannot test " + wrong + ": the server answered 404 Not Found instead of 101"
              + " Switching Protocols: is /nowhere a WebSocket endpoint? (it needs a WebSocket endpoint that echoes every message, such as"
              + " wsarena's /echo)"));
      // The handshake check stopped it: the suite (which would wait forever) never ran.
      try (var files = Files.list(reports)) {
        assertThat(files).isEmpty();
      }
    }
  }

  @Test
  @Timeout(60)
  void aSuiteThatOverrunsItsTimeIsStoppedAndSaysSo(@TempDir Path reports) throws Exception {
    TargetSpec undertow = TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS);
    TargetConformance result;
    try (RunningServer server = new UndertowEngine().start(EngineOptions.loopback(ThreadingModel.EVENT_LOOP, 0))) {
      // a second: the quick set takes 15 s and more, and Jython alone seconds to start
      result = quickSuite(reports, Duration.ofSeconds(1)).judge(endpoint(undertow, server.uri("/echo")), LISTENER);
    }

    assertThat(result).isInstanceOfSatisfying(ConformanceFailure.class, f -> assertThat(f.failure())
        .startsWith("the suite did not finish within 1 s and was stopped (its log: "
            + reports.resolve("undertow-event-loop").resolve("wstest.log")));
    assertThat(ProcessHandle.current().descendants())
        .as("no suite JVM outlives its time")
        .noneMatch(p -> p.info().commandLine().orElse("").contains("org.python.util.jython"));
  }

  private static final ConformanceRunner.Listener LISTENER = new ConformanceRunner.Listener() {};

  private static ConformanceRunner quickSuite(Path reports, Duration timeout) throws ConformanceException {
    return new ConformanceRunner(SuiteInstallation.locate(), CaseSelection.quick(), timeout, reports);
  }

  private static ConformanceRunner.Endpoint endpoint(TargetSpec spec, URI url) {
    return new ConformanceRunner.Endpoint(spec.label(), spec, spec.label() + " on loopback", url);
  }
  private static Map<String, Integer> counts(ConformanceSummary s) {
    Map<String, Integer> m = new TreeMap<>();
    m.put("OK", s.ok());
    m.put("NON-STRICT", s.nonStrict());
    m.put("INFORMATIONAL", s.informational());
    m.put("UNIMPLEMENTED", s.unimplemented());
    m.put("FAILED", s.failed());
    m.values().removeIf(n -> n == 0);
    return m;
  }

  /** Read straight from the suite's file, without wsarena's parser. */
  private static Map<String, Integer> countsOfTheSuitesOwnIndex(Path folder, String agent) throws Exception {
    JsonNode index = new ObjectMapper().readTree(folder.resolve("index.json").toFile()).get(agent);
    Map<String, Integer> m = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : index.properties()) {
      m.merge(e.getValue().get("behavior").asText(), 1, Integer::sum);
    }
    return m;
  }
}
