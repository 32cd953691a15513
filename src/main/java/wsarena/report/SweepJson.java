package wsarena.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.metrics.SweepStep;
import wsarena.scenario.ScenarioJson;

/**
 * A sweep as JSON, {@code sweep.json}: the knee ({@code maxSustainableRate}, msgs/s), why it
 * stopped ({@code stopReason}, {@code stopExplanation}), and every step's figures and histogram
 * ({@code offeredRate}, {@code achievedRate}, {@code connections}, {@code p50Micros} ... {@code
 * maxMicros}, {@code intended}, {@code answered}, {@code timedOut}, {@code notSent}, {@code
 * clientCpuPercent}, {@code targetCpuPercent}, {@code histogram}). A step's whole run is a file of
 * its own, named by the step's {@code resultFile}. Scripts read these names: keep them.
 */
public final class SweepJson {
  private static final ObjectMapper MAPPER =
      ScenarioJson.newMapper()
          .registerModule(HistogramJson.module())
          .registerModule(SampleJson.module())
          .registerModule(TotalsJson.module())
          .addMixIn(SweepStep.class, WithoutRun.class);

  /** A step's run is not in the sweep's file, but in its own. */
  private abstract static class WithoutRun {
    @JsonIgnore
    abstract RunResult result();
  }

  private SweepJson() {}

  /**
   * The sweep's JSON, each step naming the file that holds its run.
   *
   * @param stepFiles the file of each step's run, relative to the sweep's, in step order; empty
   *     when they are not written
   */
  public static String write(SweepResult sweep, List<String> stepFiles) throws IOException {
    ObjectNode tree = MAPPER.valueToTree(sweep);
    tree.put("headline", SweepSummary.headline(sweep));
    ArrayNode steps = (ArrayNode) tree.get("steps");
    for (int i = 0; i < stepFiles.size() && i < steps.size(); i++) {
      ((ObjectNode) steps.get(i)).put("resultFile", stepFiles.get(i));
    }
    return MAPPER.writeValueAsString(tree);
  }

  /** Maps the text as it is, Jackson's exceptions thrown, for {@link SavedRunReader}. */
  static SweepResult parse(String json) throws IOException {
    return MAPPER.readValue(json, SweepResult.class);
  }
}
