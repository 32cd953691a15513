package wsarena.conformance;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A real report of the suite, trimmed: seven cases its fuzzing client ran against Netty's event
 * loop before the close handling was mended (wire logs and statistics removed).
 */
final class Fixtures {
  static final String AGENT = "netty-event-loop";

  private Fixtures() {}

  static Path suiteReport() {
    try {
      return Path.of(Fixtures.class.getResource("suite-report/index.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<CaseVerdict> verdicts() throws ConformanceException {
    return SuiteReport.read(suiteReport(), AGENT);
  }

  static ConformanceSummary summary() throws ConformanceException {
    return ConformanceSummary.of(
        AGENT,
        "Netty 4.2.18.Final · Single event loop · this process",
        URI.create("ws://127.0.0.1:41625/echo"),
        "Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4)",
        CaseSelection.quick(),
        Instant.parse("2026-12-01T19:30:00Z"),
        19_600,
        verdicts());
  }
}
