package wsarena.probe;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells which WebSocket features a server has, by trying each on its own connection with a short
 * timeout: TLS, permessage-deflate, subprotocol selection, the largest message echoed, a fragmented
 * message, ping/pong and the close handshake.
 *
 * <pre>{@code
 * FeatureReport report =
 *     new FeatureProbe(ProbeOptions.defaults(TlsTrust.system()))
 *         .probe(URI.create("ws://127.0.0.1:8080/echo"), "my server");
 * System.out.print(FeatureTable.render(report));
 * }</pre>
 *
 * <p>The server must echo every message on the probed path. The first connection decides whether
 * the server can be reached; when it cannot, the other features are not tried and say so.
 */
public final class FeatureProbe {
  /** Run order: the largest-message check last, as it is the one most likely to upset a server. */
  private static final List<FeatureCheck> CHECKS =
      List.of(
          new DeflateCheck(),
          new SubprotocolCheck(),
          new FragmentedMessageCheck(),
          new PingCheck(),
          new CloseCheck(),
          new LargestMessageCheck());

  private final ProbeOptions options;

  public FeatureProbe(ProbeOptions options) {
    this.options = options;
  }

  /**
   * Probes the server at {@code uri} ({@code ws://} or {@code wss://}, checked by {@link
   * wsarena.scenario.ScenarioValidator#urlProblems}).
   *
   * @param label what the target is, for the report's title
   */
  public FeatureReport probe(URI uri, String label) throws InterruptedException {
    Instant start = Instant.now();
    List<FeatureResult> results = new ArrayList<>();
    String connectFailure = null;
    try (ProbeClient client = new ProbeClient(options)) {
      try (ProbeConnection first = client.open(uri, HandshakeOffer.PLAIN)) {
        results.add(TlsCheck.of(uri, first, options.trust()));
      } catch (ProbeException e) {
        connectFailure = e.getMessage();
        results.add(TlsCheck.failed(uri, e));
      }
      for (FeatureCheck check : CHECKS) {
        results.add(
            connectFailure == null
                ? check.run(client, uri)
                : FeatureResult.unknown(check.feature(), "not tried: could not open a WebSocket"));
      }
    }
    return new FeatureReport(
        uri.toString(), label, start, options.timeout().toMillis(), connectFailure, results);
  }
}
