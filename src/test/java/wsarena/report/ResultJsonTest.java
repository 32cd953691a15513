package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Fairness;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.Workload;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.Samples;
import wsarena.testsupport.SavedRunFiles;
import wsarena.ui.testing.SavedRuns;

class ResultJsonTest {
  private static final ObjectMapper JSON = ScenarioJson.newMapper();
  private final RunResult run = SavedRuns.run(ThreadingModel.EVENT_LOOP, SavedRuns.LAPTOP);

  @TempDir Path dir;

  @Test
  void samplesAreWrittenInNamedGroupsAndReadBackUnchanged() throws IOException {
    Path file = dir.resolve("result.json");
    ResultJson.write(run, file);

    JsonNode first = JSON.readTree(Files.readString(file)).get("samples").get(0);
    assertThat(first.get("connections").get("open").asInt()).isEqualTo(run.samples().getFirst().connections().open());
    assertThat(first.get("counts").has("bytesReceived")).isTrue();
    assertThat(first.get("latency").has("p999Micros")).isTrue();
    assertThat(first.get("resources").get("targetRssBytes").asLong()).isEqualTo(-1);
    assertThat(first.get("generator").has("sendLagMicros")).isTrue();
    // the machine's part keeps the name scripts read (src/site/generator-bench.sh), not the Java one
    assertThat(first.get("generator").has("sendLagWaitingMicros")).isTrue();
    assertThat(first.get("generator").has("sendLagMachineMicros")).isFalse();
    assertThat(first.has("connectionsOpen")).isFalse();

    assertThat(SavedRunFiles.read(file).samples()).isEqualTo(run.samples());
  }

  @Test
  void aResultSavedBeforeTheGroupsKeepsItsSamples() throws IOException {
    ObjectNode result = (ObjectNode) JSON.readTree(ResultJson.write(run));
    ArrayNode samples = result.putArray("samples");
    // one sample exactly as results were written when Sample was one flat record
    samples.add(
        JSON.readTree(
            """
            {"elapsedMillis":3000,"intervalMillis":500,"phase":"MEASURING","connectionsOpen":100,
             "connectionsConnecting":2,"connectionsFailed":3,"handshakes":4,"sent":8100,"received":8000,
             "errors":5,"bytesSent":518400,"bytesReceived":512000,"p50Micros":110,"p90Micros":190,
             "p99Micros":420,"p999Micros":900,"maxMicros":1500,"clientCpuPercent":55.5,
             "targetCpuPercent":-1.0,"clientHeapBytes":83886080,"clientRssBytes":314572800,
             "targetRssBytes":-1,"generatorBusyPercent":40.0,"sendLagMicros":12}
            """));
    Path file = dir.resolve("old.json");
    Files.writeString(file, JSON.writeValueAsString(result));

    assertThat(SavedRunFiles.read(file).samples()).containsExactly(Samples.distinct());
  }

  @Test
  void aResultSavedBeforeContextSwitchesWereCountedReadsThemAsNotMeasured() throws IOException {
    ObjectNode result = (ObjectNode) JSON.readTree(ResultJson.write(run));
    ObjectNode totals = (ObjectNode) result.get("totals");
    totals.remove("targetContextSwitchesPerMessage");
    totals.remove("clientContextSwitchesPerMessage");
    result.withArray("samples").forEach(s -> ((ObjectNode) s).remove("contextSwitches"));
    Path file = dir.resolve("before-switches.json");
    Files.writeString(file, JSON.writeValueAsString(result));

    RunResult read = SavedRunFiles.read(file);
    assertThat(read.totals().contextSwitches().targetPerMessage()).isEqualTo(-1);
    assertThat(read.totals().contextSwitches().clientPerMessage()).isEqualTo(-1);
    assertThat(read.samples()).allSatisfy(s -> assertThat(s.contextSwitches()).isEqualTo(Sample.ContextSwitches.UNKNOWN));
  }

  @Test
  void contextSwitchesAreSavedUnderTheirNames() throws IOException {
    JsonNode tree = JSON.readTree(ResultJson.write(run));

    assertThat(tree.get("totals").has("targetContextSwitchesPerMessage")).isTrue();
    assertThat(tree.get("totals").has("clientContextSwitchesPerMessage")).isTrue();
    assertThat(tree.get("samples").get(0).get("contextSwitches").has("targetInvoluntaryPerSecond")).isTrue();
  }

  @Test
  void totalsAreSavedAsOneFlatObjectUnderTheNamesScriptsReadAndReadBackUnchanged() throws IOException {
    Path file = dir.resolve("result.json");
    ResultJson.write(run, file);

    JsonNode totals = JSON.readTree(Files.readString(file)).get("totals");
    List<String> names = new ArrayList<>();
    totals.fieldNames().forEachRemaining(names::add);
    // the form every saved file has had, in its order: grouping Totals in memory changes none of it
    assertThat(names).containsExactly(
        "measuredMillis", "sent", "received", "errors", "bytesSent", "bytesReceived", "connectionsRequested",
        "connectionsPeak", "connectionsFailed", "handshakes", "receivedPerSecond", "sentPerSecond",
        "receivedMegabytesPerSecond", "latency", "correctedLatency", "clientCpuPercent", "targetCpuPercent",
        "clientRssPeakBytes", "targetRssPeakBytes", "clientCpuMicrosPerMessage", "intended", "answered", "timedOut",
        "notSent", "inFlightAtStop", "answeredPerSecond", "sendLag", "correctedIntervalMicros",
        "targetContextSwitchesPerMessage", "clientContextSwitchesPerMessage", "handshakesPerSecond", "handshakeLatency",
        "clientCpuMicrosPerHandshake", "connectFailures", "sources", "memoryPerConnectionBytes", "heapPerConnectionBytes",
        "balancerCpuPercent", "targetVoluntaryContextSwitchesPerMessage", "targetInvoluntaryContextSwitchesPerMessage",
        "clientVoluntaryContextSwitchesPerMessage", "clientInvoluntaryContextSwitchesPerMessage",
        "answeredPerConnectionLowest", "answeredPerConnectionMedian", "answeredPerConnectionHighest", "fairnessIndex",
        "fairnessConnections");
    assertThat(totals.get("intended").asLong()).isEqualTo(run.totals().fates().intended());
    assertThat(totals.get("answered").asLong()).isEqualTo(run.totals().fates().answered());
    assertThat(totals.get("targetCpuPercent").asDouble()).isEqualTo(run.totals().cpu().targetPercent());

    assertThat(SavedRunFiles.read(file).totals()).isEqualTo(run.totals());
  }

  @Test
  void aResultSavedBeforeWorkloadsWereRecordedIsReadAsTheEchoItWas() throws IOException {
    ObjectNode result = (ObjectNode) JSON.readTree(ResultJson.write(run.withScenario(run.scenario().withWorkload(Workload.STORM))));
    ((ObjectNode) result.get("scenario")).remove("workload");
    Path file = dir.resolve("before-workloads.json");
    Files.writeString(file, JSON.writeValueAsString(result));

    assertThat(SavedRunFiles.read(file).scenario().workload()).isEqualTo(Workload.ECHO);
  }

  @Test
  void aResultSavedBeforeSendLagFairnessBalancersAndSegmentsReadsThemAsNotMeasured() throws IOException {
    ObjectNode result = (ObjectNode) JSON.readTree(ResultJson.write(run));
    ObjectNode totals = (ObjectNode) result.get("totals");
    for (String added : List.of(
        "sendLag", "balancerCpuPercent", "answeredPerConnectionLowest", "answeredPerConnectionMedian",
        "answeredPerConnectionHighest", "fairnessIndex", "fairnessConnections")) {
      assertThat(totals.remove(added)).as(added).isNotNull();
    }
    result.remove("segments");
    result.remove("warnings");
    Path file = dir.resolve("before-send-lag.json");
    Files.writeString(file, JSON.writeValueAsString(result));

    RunResult read = SavedRunFiles.read(file);
    assertThat(read.totals().sendLag()).isEqualTo(LatencySummary.EMPTY);
    assertThat(MarkdownSummary.sendLag(read.totals())).isEmpty();
    assertThat(read.totals().fairness()).isEqualTo(Fairness.UNKNOWN);
    assertThat(read.totals().cpu().balancerPercent()).isEqualTo(-1);
    assertThat(read.segments()).isEmpty();
    assertThat(read.warnings()).isEmpty();
    assertThat(Machines.hardwareBlock(read)).startsWith(Machines.hardwareBlock(read.host()));
  }
}
