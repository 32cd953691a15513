package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceJsonTest {

  private static ConformanceReport report() throws Exception {
    return ConformanceReport.of(
        "0.1.0",
        "Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4)",
        Instant.parse("2026-12-01T19:30:00Z"),
        List.of(
            Fixtures.summary(),
            new ConformanceFailure("127.0.0.1-9", "127.0.0.1-9", "the suite cannot test ws://127.0.0.1:9/echo: connection refused")));
  }

  @Test
  void writesTheNamesScriptsRead() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ConformanceJson.write(report()));

    JsonNode target = json.get("targets").get(0);
    assertThat(target.get("target").asText()).isEqualTo("netty-event-loop");
    assertThat(target.get("ok").asInt()).isEqualTo(4);
    assertThat(target.get("nonStrict").asInt()).isEqualTo(1);
    assertThat(target.get("informational").asInt()).isEqualTo(1);
    assertThat(target.get("unimplemented").asInt()).isZero();
    assertThat(target.get("failed").asInt()).isEqualTo(1);
    JsonNode failed = target.get("failedCases").get(0);
    assertThat(failed.get("id").asText()).isEqualTo("7.9.1");
    assertThat(failed.get("behavior").asText()).isEqualTo("FAILED");
    assertThat(failed.get("description").asText()).isEqualTo("Send close with invalid close code 0");
    assertThat(failed.has("cause")).as("no cause is written where none is known").isFalse();
    assertThat(target.get("nonStrictCases").get(0).get("behavior").asText()).isEqualTo("NON-STRICT");
    assertThat(json.get("failures").get(0).get("failure").asText()).endsWith("connection refused");
  }

  @Test
  void readsBackWhatItWrote(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(ConformanceJson.FILE);
    ConformanceJson.write(report(), file);

    assertThat(ConformanceJson.read(file)).isEqualTo(report());
  }
}
