package wsarena.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import wsarena.metrics.RunResult;
import wsarena.scenario.ScenarioJson;

/** A run result as JSON: scenario, host, target, samples, totals, warnings and histograms. */
public final class ResultJson {
  private static final ObjectMapper MAPPER =
      ScenarioJson.newMapper().registerModule(HistogramJson.module()).registerModule(SampleJson.module());

  private ResultJson() {}

  public static String write(RunResult result) throws IOException {
    return MAPPER.writeValueAsString(result);
  }

  public static void write(RunResult result, Path file) throws IOException {
    Files.writeString(file, write(result));
  }

  /**
   * Maps the file as it is, absent parts left null and Jackson's own exceptions thrown, for {@link
   * SavedRunReader}, which reads every saved run and explains each problem in a sentence.
   */
  static RunResult parse(Path file) throws IOException {
    return MAPPER.readValue(Files.readString(file), RunResult.class);
  }
}
