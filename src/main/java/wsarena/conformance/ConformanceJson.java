package wsarena.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import wsarena.scenario.ScenarioJson;

/** The JSON form of a {@link ConformanceReport}: what {@code wsarena conformance --out DIR} writes. */
public final class ConformanceJson {
  /** The file's name inside the {@code --out} folder. */
  public static final String FILE = "conformance.json";

  private static final ObjectMapper MAPPER = ScenarioJson.newMapper();

  private ConformanceJson() {}

  public static String write(ConformanceReport report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(ConformanceReport report, Path file) throws IOException {
    Files.writeString(file, write(report) + System.lineSeparator());
  }

  public static ConformanceReport read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), ConformanceReport.class);
  }
}
