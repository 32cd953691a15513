package wsarena.probe;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What trying one feature showed.
 *
 * @param feature what was tried
 * @param verdict yes, no or unknown
 * @param detail what was seen, e.g. {@code server chose 'chat'} or {@code no pong within 5 s}
 * @param bytes a size in bytes when the feature measures one (the largest message echoed), else
 *     null
 */
public record FeatureResult(
    Feature feature,
    Verdict verdict,
    String detail,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long bytes) {

  public static FeatureResult yes(Feature feature, String detail) {
    return new FeatureResult(feature, Verdict.YES, detail, null);
  }

  public static FeatureResult no(Feature feature, String detail) {
    return new FeatureResult(feature, Verdict.NO, detail, null);
  }

  public static FeatureResult unknown(Feature feature, String detail) {
    return new FeatureResult(feature, Verdict.UNKNOWN, detail, null);
  }

  /** The feature's name as the table shows it; in JSON for readers without the enum. */
  @JsonProperty("name")
  public String name() {
    return feature.title();
  }
}
