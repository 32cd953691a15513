package wsarena.report;

import wsarena.host.WholeFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import wsarena.metrics.RunResult;
import wsarena.scenario.ScenarioJson;

/** A run result as JSON: scenario, host, target, samples, totals, warnings and histograms. */
public final class ResultJson {
  private static final ObjectMapper MAPPER =
      ScenarioJson.newMapper().registerModule(HistogramJson.module()).registerModule(SampleJson.module());

  /**
   * Totals added after results were first saved, and what they read in a file that lacks them:
   * not measured (-1), never a zero that looks like a measurement.
   */
  private static final Map<String, JsonNode> ADDED_TO_TOTALS =
      Map.of(
          "targetContextSwitchesPerMessage", DoubleNode.valueOf(-1),
          "clientContextSwitchesPerMessage", DoubleNode.valueOf(-1),
          "handshakesPerSecond", DoubleNode.valueOf(-1),
          "clientCpuMicrosPerHandshake", DoubleNode.valueOf(-1),
          "memoryPerConnectionBytes", LongNode.valueOf(-1),
          "heapPerConnectionBytes", LongNode.valueOf(-1));

  private ResultJson() {}

  public static String write(RunResult result) throws IOException {
    return MAPPER.writeValueAsString(result);
  }

  public static void write(RunResult result, Path file) throws IOException {
    WholeFile.writeString(file, write(result));
  }

  /**
   * Maps the file as it is, absent parts left null and Jackson's own exceptions thrown, for {@link
   * SavedRunReader}, which reads every saved run and explains each problem in a sentence.
   */
  static RunResult parse(Path file) throws IOException {
    JsonNode tree = MAPPER.readTree(Files.readString(file));
    if (tree == null) {
      return null;
    }
    if (tree.path("totals") instanceof ObjectNode totals) {
      ADDED_TO_TOTALS.forEach((name, notMeasured) -> totals.putIfAbsent(name, notMeasured));
    }
    // read through the tree's tokens, not treeToValue, so a histogram's own IOException reaches the reader unwrapped
    return MAPPER.readValue(MAPPER.treeAsTokens(tree), RunResult.class);
  }
}
