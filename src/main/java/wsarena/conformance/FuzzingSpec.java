package wsarena.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wsarena.scenario.ScenarioJson;

/**
 * The suite's spec file for its fuzzing client: one server, the selected cases, and the report
 * folder. {@code failByDrop} is off, so a server that answers a protocol violation with a close
 * frame (rather than a dropped TCP connection) is judged by that frame's code.
 */
final class FuzzingSpec {
  /** The WebSocket protocol version the client speaks: 18 is RFC 6455's wire format. */
  private static final int PROTOCOL_VERSION = 18;
  private static final ObjectMapper MAPPER = ScenarioJson.newMapper();

  private FuzzingSpec() {}

  static String json(String agent, URI url, Path reportFolder, CaseSelection cases) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("outdir", reportFolder.toAbsolutePath().toString());
    spec.put("options", Map.of("version", PROTOCOL_VERSION));
    spec.put("failByDrop", false);
    spec.put("servers", List.of(Map.of("agent", agent, "url", url.toString())));
    spec.put("cases", cases.cases());
    spec.put("exclude-cases", cases.excluded());
    spec.put("exclude-agent-cases", Map.of());
    try {
      return MAPPER.writeValueAsString(spec);
    } catch (IOException e) {
      throw new IllegalStateException("a map of strings always writes as JSON", e);
    }
  }

  static Path write(Path file, String agent, URI url, Path reportFolder, CaseSelection cases)
      throws IOException {
    Files.writeString(file, json(agent, url, reportFolder, cases));
    return file;
  }
}
