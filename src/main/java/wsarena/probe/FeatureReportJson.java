package wsarena.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import wsarena.scenario.ScenarioJson;

/** The JSON form of a {@link FeatureReport}: what {@code wsarena features --out FILE} writes. */
public final class FeatureReportJson {
  private static final ObjectMapper MAPPER = ScenarioJson.newMapper();

  private FeatureReportJson() {}

  public static String write(FeatureReport report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(FeatureReport report, Path file) throws IOException {
    Files.writeString(file, write(report) + System.lineSeparator());
  }

  public static FeatureReport read(String json) throws IOException {
    return MAPPER.readValue(json, FeatureReport.class);
  }
}
