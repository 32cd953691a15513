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
   * Reads a result written by {@link #write(RunResult, Path)}.
   *
   * @throws IOException with a sentence when the file is not JSON or not a wsarena run result
   */
  public static RunResult read(Path file) throws IOException {
    RunResult r;
    try {
      r = parse(file);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(file.getFileName() + " is not a wsarena run result: " + e.getOriginalMessage(), e);
    }
    if (r.scenario() == null || r.host() == null || r.target() == null || r.totals() == null
        || r.latency() == null || r.samples() == null || r.outcome() == null) {
      throw new IOException(file.getFileName() + " is JSON but not a wsarena run result (no scenario, host, target, totals or histogram)");
    }
    return r;
  }

  /**
   * Maps the file as it is, absent parts left null and Jackson's own exceptions thrown, for a
   * reader that explains each problem itself (the window's result file reader).
   */
  public static RunResult parse(Path file) throws IOException {
    return MAPPER.readValue(Files.readString(file), RunResult.class);
  }
}
