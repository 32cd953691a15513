package wsarena.report;

import wsarena.host.WholeFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import wsarena.metrics.RunResult;
import wsarena.scenario.ScenarioJson;

/** A run result as JSON: scenario, host, target, samples, totals, warnings and histograms. */
public final class ResultJson {
  private static final ObjectMapper MAPPER =
      ScenarioJson.newMapper().registerModule(HistogramJson.module()).registerModule(SampleJson.module())
          .registerModule(TotalsJson.module());

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
    // read through the tree's tokens, not treeToValue, so a histogram's own IOException reaches the reader unwrapped
    return MAPPER.readValue(MAPPER.treeAsTokens(tree), RunResult.class);
  }
}
