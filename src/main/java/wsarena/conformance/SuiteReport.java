package wsarena.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import wsarena.scenario.ScenarioJson;

/**
 * Reads the suite's own report: {@code index.json} (every case's verdict, per agent) and the
 * per-case JSON it points to (what the case does and what the suite saw). Nothing is judged here:
 * each verdict is the suite's.
 */
final class SuiteReport {
  static final String INDEX = "index.json";
  private static final ObjectMapper MAPPER = ScenarioJson.newMapper();

  /** Numeric order, as the suite lists its cases: 1.1.2 before 1.1.10, 9.x before 10.x. */
  static final Comparator<String> CASE_ORDER =
      (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
          int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(x.length, y.length);
      };

  private SuiteReport() {}

  /**
   * The verdicts the suite wrote for {@code agent} into {@code folder}, in case order.
   *
   * @throws ConformanceException when the report is missing or not the suite's
   */
  static List<CaseVerdict> read(Path folder, String agent) throws ConformanceException {
    Path index = folder.resolve(INDEX);
    if (!Files.isRegularFile(index)) {
      throw new ConformanceException("the suite wrote no report (" + index + " is missing)");
    }
    JsonNode cases = tree(index).path(agent);
    if (!cases.isObject() || cases.isEmpty()) {
      throw new ConformanceException(index + " has no verdicts for " + agent + ": no case was run");
    }
    List<CaseVerdict> verdicts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : cases.properties()) {
      verdicts.add(verdict(folder, e.getKey(), e.getValue()));
    }
    verdicts.sort(Comparator.comparing(CaseVerdict::id, CASE_ORDER));
    return verdicts;
  }

  private static CaseVerdict verdict(Path folder, String id, JsonNode entry) throws ConformanceException {
    Behavior behavior;
    try {
      behavior = Behavior.fromWord(entry.path("behavior").asText());
    } catch (IllegalArgumentException e) {
      throw new ConformanceException("the suite's report gives case " + id + " an " + e.getMessage(), e);
    }
    String caseFile = entry.path("reportfile").asText("");
    JsonNode detail = caseFile.isEmpty() ? MAPPER.createObjectNode() : tree(folder.resolve(caseFile));
    JsonNode closeCode = entry.path("remoteCloseCode");
    return new CaseVerdict(
        id,
        behavior,
        entry.path("behaviorClose").asText(null),
        plainText(detail.path("description").asText("")),
        plainText(detail.path("expectation").asText("")),
        text(detail, "result"),
        text(detail, "resultClose"),
        closeCode.isIntegralNumber() ? closeCode.asInt() : null,
        entry.path("duration").asLong(0),
        null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? plainText(v.asText()) : null;
  }

  private static JsonNode tree(Path file) throws ConformanceException {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new ConformanceException("cannot read the suite's report " + file + ": " + e.getMessage(), e);
    }
  }

  /** The suite writes its descriptions as HTML fragments ({@code <br>}, {@code <b>}): plain words. */
  static String plainText(String html) {
    return html.replaceAll("(?i)<br\\s*/?>", " ")
        .replaceAll("<[^>]+>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
