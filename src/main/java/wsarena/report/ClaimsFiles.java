package wsarena.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a claims file: YAML ({@code .yaml}, {@code .yml}) or JSON, one {@link Claim.Article}. The
 * claims of "Python WebSocket Libraries Comparison" (Tornado against Autobahn|Twisted) ship as
 * {@value #ARTICLE} and are the default; a reviewer checks their own article by writing a file of
 * the same form.
 *
 * <pre>
 * title: My article
 * claims:
 *   - quote: "handles thousands of connections per second"
 *     target: tornado
 *     measurement: handshakes-per-second
 *     rule: at-least
 *     value: 1000
 *   - quote: "simple API"
 *     target: tornado
 *     why: an API's simplicity is a judgement, not a figure
 * </pre>
 *
 * Every mistake is one sentence naming the claim: an unknown measurement or rule (with the known
 * ones), a bound or a comparison the rule needs and the claim lacks.
 */
public final class ClaimsFiles {
  /** The article's claims, on the class path. */
  public static final String ARTICLE = "python-websocket-libraries-comparison.claims.yaml";

  private ClaimsFiles() {}

  /** The claims that ship: the article the report's headings follow. */
  public static Claim.Article article() {
    try (InputStream in = ClaimsFiles.class.getResourceAsStream(ARTICLE)) {
      if (in == null) {
        throw new IllegalStateException("the article's claims (" + ARTICLE + ") are missing from this build");
      }
      return checked(mapper(true).readValue(in, Claim.Article.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The claims in {@code file}.
   *
   * @throws IllegalArgumentException with one sentence when the file cannot be read or a claim is wrong
   */
  public static Claim.Article read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    Claim.Article article;
    try {
      article = mapper(yaml).readValue(Files.readString(file), Claim.Article.class);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("the claims file " + file + " does not exist");
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new IllegalArgumentException(
          "the claims file " + file + " is not " + (yaml ? "YAML" : "JSON") + " of claims" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the claims file " + file + ": " + SavedRunReader.describe(e));
    }
    if (article == null) {
      throw new IllegalArgumentException("the claims file " + file + " is empty");
    }
    try {
      return checked(article);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the claims file " + file + ": " + e.getMessage(), e);
    }
  }

  private static ObjectMapper mapper(boolean yaml) {
    return (yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
  }

  /** The article as it is, or the first claim that is wrong, as a sentence. */
  static Claim.Article checked(Claim.Article article) {
    if (article.claims().isEmpty()) {
      throw new IllegalArgumentException("it has no claims (a list under 'claims:')");
    }
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < article.claims().size(); i++) {
      Claim c = article.claims().get(i);
      String problem = problem(c);
      if (problem != null) {
        String quote = c == null || c.quote() == null ? "" : " (\"" + shorten(c.quote()) + "\")";
        wrong.add("claim " + (i + 1) + quote + " " + problem);
      }
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", wrong));
    }
    return article;
  }

  private static String problem(Claim c) {
    if (c == null || c.quote() == null || c.quote().isBlank()) {
      return "has no quote: give the article's words under 'quote:'";
    }
    if (c.target() == null || c.target().isBlank()) {
      return "names no target: give the label of the target it speaks of, e.g. 'target: tornado'";
    }
    if (c.measurement() == null || c.measurement().isBlank()) {
      return c.why() == null || c.why().isBlank() ? "has no measurement and no 'why:' saying why none can test it" : null;
    }
    var m = Measurement.parse(c.measurement());
    if (m.isEmpty()) {
      return "names the unknown measurement '" + c.measurement() + "' (known: " + Measurement.ids() + ")";
    }
    var rule = ClaimRule.parse(c.rule());
    if (rule.isEmpty()) {
      return c.rule() == null
          ? "has a measurement but no 'rule:' (one of " + ClaimRule.ids() + ")"
          : "names the unknown rule '" + c.rule() + "' (known: " + ClaimRule.ids() + ")";
    }
    return switch (rule.get()) {
      case AT_LEAST, AT_MOST -> c.value() == null ? "needs a 'value:' for " + rule.get().id() + ", in the measurement's base unit" : null;
      case BETTER_THAN, WORSE_THAN -> c.than().isEmpty() ? "needs 'than:' (the targets it is compared with) for " + rule.get().id() : null;
      case YES -> m.get().yesOrNo() ? null : "uses 'yes' with " + m.get().id() + ", which is a figure, not a yes or no";
      case BEST, WORST, REPORT -> null;
    };
  }

  private static String shorten(String quote) {
    String q = quote.strip();
    return q.length() <= 60 ? q : q.substring(0, 59).stripTrailing() + "…";
  }
}
