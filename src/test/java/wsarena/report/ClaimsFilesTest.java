package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims are data: the article's ship as YAML, a reviewer's own file is read as YAML or JSON, and a mistake is a sentence. */
class ClaimsFilesTest {
  @TempDir Path dir;

  @Test
  void theArticlesClaimsShipAndEachNamesAKnownMeasurementOrWhyNone() {
    Claim.Article article = ClaimsFiles.article();

    assertThat(article.title()).isEqualTo("Python WebSocket Libraries Comparison");
    assertThat(article.claims()).hasSizeGreaterThan(25);
    assertThat(article.claims()).allSatisfy(c -> {
      if (c.measurement() == null) {
        assertThat(c.why()).isNotBlank();
      } else {
        assertThat(Measurement.parse(c.measurement())).as(c.quote()).isPresent();
        assertThat(ClaimRule.parse(c.rule())).as(c.quote()).isPresent();
      }
    });
    assertThat(article.claims()).extracting(Claim::quote)
        .contains("the ability to handle thousands of connections per second", "implements WebSocket compression",
            "supports TLS (secure WebSocket) and proxies");
  }

  @Test
  void aYamlFileAndAJsonFileSayTheSame() throws IOException {
    Path yaml = Files.writeString(dir.resolve("mine.claims.yaml"), """
        title: My article
        claims:
          - quote: fast handshakes
            target: netty-event-loop
            measurement: handshakes-per-second
            rule: at-least
            value: 5000
          - quote: easy
            target: netty-event-loop
            why: a judgement
        """);
    Path json = Files.writeString(dir.resolve("mine.json"), """
        {"title": "My article", "claims": [
          {"quote": "fast handshakes", "target": "netty-event-loop", "measurement": "handshakes-per-second", "rule": "at-least", "value": 5000},
          {"quote": "easy", "target": "netty-event-loop", "why": "a judgement"}]}
        """);

    assertThat(ClaimsFiles.read(yaml)).isEqualTo(ClaimsFiles.read(json));
    assertThat(ClaimsFiles.read(yaml).claims().getFirst().value()).isEqualTo(5000.0);
  }

  @Test
  void aWrongClaimIsOneSentenceNamingItAndWhatIsKnown() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), """
        title: Mine
        claims:
          - quote: fine
            target: tornado
            measurement: p99
            rule: at-most
            value: 1000
          - quote: very fast indeed
            target: tornado
            measurement: speed
            rule: best
          - quote: many
            target: tornado
            measurement: connections-held
            rule: at-least
        """);

    assertThatThrownBy(() -> ClaimsFiles.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the claims file " + file + ": claim 2 (\"very fast indeed\") names the unknown measurement 'speed' (known: msgs-per-second, handshakes-per-second, p50")
        .hasMessageContaining("feature:tls")
        .hasMessageEndingWith("; claim 3 (\"many\") needs a 'value:' for at-least, in the measurement's base unit");
  }

  @Test
  void aMissingOrBrokenFileIsASentence() throws IOException {
    assertThatThrownBy(() -> ClaimsFiles.read(dir.resolve("none.yaml"))).hasMessage("the claims file " + dir.resolve("none.yaml") + " does not exist");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"claims\": [ {\"quote\": ");
    assertThatThrownBy(() -> ClaimsFiles.read(broken)).hasMessageStartingWith("the claims file " + broken + " is not JSON of claims at line 1");
    Path unknown = Files.writeString(dir.resolve("typo.yaml"), "claims:\n  - quote: x\n    target: t\n    mesurement: p99\n");
    assertThatThrownBy(() -> ClaimsFiles.read(unknown)).hasMessageContaining("mesurement");
  }
}
