package wsarena.probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The feature probe's answer for one server.
 *
 * @param target the URL probed, e.g. {@code ws://127.0.0.1:43123/echo}
 * @param label what the target is, e.g. {@code undertow event-loop (in this process)}; the URL when
 *     nothing more is known
 * @param probedAt when the probe started
 * @param timeoutMillis how long each step waited for the server
 * @param connectFailure why no WebSocket could be opened at all, or null when one could
 * @param results one per {@link Feature}, in table order
 */
public record FeatureReport(
    String target,
    String label,
    Instant probedAt,
    long timeoutMillis,
    @JsonInclude(JsonInclude.Include.NON_NULL) String connectFailure,
    List<FeatureResult> results) {

  public FeatureReport {
    results = results.stream().sorted(Comparator.comparing(FeatureResult::feature)).toList();
  }

  /** The result for one feature. */
  public FeatureResult result(Feature feature) {
    return results.stream()
        .filter(r -> r.feature() == feature)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for " + feature));
  }

  /** Why the target could not be reached; empty when a WebSocket was opened. */
  @JsonIgnore
  public Optional<String> unreachable() {
    return Optional.ofNullable(connectFailure);
  }
}
