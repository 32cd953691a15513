package wsarena.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.client.TlsTrust;

class FeatureReportTest {
  private static final FeatureReport REPORT =
      new FeatureReport(
          "ws://127.0.0.1:43123/echo",
          "Tornado peer",
          Instant.parse("2026-11-24T10:15:30Z"),
          5000,
          null,
          List.of(
              FeatureResult.yes(
                  Feature.PING_PONG, "pong with the same 16-byte payload after 0.50 ms"),
              FeatureResult.no(Feature.TLS, "plain ws:// URL"),
              new FeatureResult(Feature.LARGEST_MESSAGE, Verdict.YES, "echoed 16 MiB", 16L << 20),
              FeatureResult.unknown(Feature.SUBPROTOCOL, "could not connect: connection refused")));

  @Test
  void resultsAreKeptInTableOrder() {
    assertThat(REPORT.results())
        .extracting(FeatureResult::feature)
        .containsExactly(
            Feature.TLS, Feature.SUBPROTOCOL, Feature.LARGEST_MESSAGE, Feature.PING_PONG);
  }

  @Test
  void theTableAlignsNameVerdictAndDetail() {
    assertThat(FeatureTable.render(REPORT).lines().toList())
        .containsExactly(
            "Features of Tornado peer at ws://127.0.0.1:43123/echo",
            "feature                  result     detail",
            "TLS                      no         plain ws:// URL",
            "subprotocol selection    not tried  could not connect: connection refused",
            "largest message echoed   yes        echoed 16 MiB",
            "ping answered with pong  yes        pong with the same 16-byte payload after 0.50 ms");
  }

  @Test
  void jsonUsesWordsAndReadsBackEqual() throws Exception {
    String json = FeatureReportJson.write(REPORT);

    assertThat(json)
        .contains("\"probedAt\" : \"2026-11-24T10:15:30Z\"")
        .contains("\"feature\" : \"largest-message\"")
        .contains("\"verdict\" : \"unknown\"")
        .contains("\"name\" : \"ping answered with pong\"")
        .contains("\"bytes\" : 16777216")
        .doesNotContain("connectFailure");
    assertThat(FeatureReportJson.read(json)).isEqualTo(REPORT);
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertThat(Sizes.bytes(1024)).isEqualTo("1 KiB");
    assertThat(Sizes.bytes(16L << 20)).isEqualTo("16 MiB");
    assertThat(Sizes.bytes(3000)).isEqualTo("3,000 bytes");
    assertThat(Sizes.duration(java.time.Duration.ofMillis(1500))).isEqualTo("1500 ms");
    assertThat(Sizes.duration(java.time.Duration.ofSeconds(5))).isEqualTo("5 s");
    assertThat(Sizes.millis(420_000)).isEqualTo("0.42 ms");
    assertThat(Sizes.millis(35_140_000)).isEqualTo("35.1 ms");
    assertThat(Sizes.millis(3_362_830_000L)).isEqualTo("3.36 s");
  }

  @Test
  void largerMessagesGetMoreTimeOneSecondPerMiB() {
    ProbeOptions options = ProbeOptions.defaults(TlsTrust.system());
    assertThat(options.timeoutFor(64 * 1024)).isEqualTo(java.time.Duration.ofSeconds(5));
    assertThat(options.timeoutFor(16L << 20)).isEqualTo(java.time.Duration.ofSeconds(21));
  }
}
