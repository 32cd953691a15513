package wsarena.scenario;

import wsarena.host.WholeFile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON form of a scenario: what {@code wsarena run --scenario file.json} reads and the window
 * saves between launches. Durations are ISO-8601 ({@code "PT10S"}).
 */
public final class ScenarioJson {
  private static final ObjectMapper MAPPER = newMapper();

  private ScenarioJson() {}

  /** A mapper with the settings every wsarena JSON file uses. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  public static String write(Scenario scenario) {
    try {
      return MAPPER.writeValueAsString(scenario);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Scenario read(String json) throws IOException {
    return MAPPER.readValue(json, Scenario.class);
  }

  public static Scenario read(Path file) throws IOException {
    return read(Files.readString(file));
  }

  public static void write(Scenario scenario, Path file) throws IOException {
    WholeFile.writeString(file, write(scenario));
  }
}
