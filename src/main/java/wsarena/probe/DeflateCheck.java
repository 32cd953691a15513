package wsarena.probe;

import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * permessage-deflate: offered alone; negotiated when the server's {@code Sec-WebSocket-Extensions}
 * answer names it, and a compressed message then comes back intact.
 */
final class DeflateCheck implements FeatureCheck {
  /** Compresses well, so a server that negotiated but cannot inflate is caught. */
  private static final String MESSAGE = "wsarena permessage-deflate probe".repeat(256);

  @Override
  public Feature feature() {
    return Feature.PERMESSAGE_DEFLATE;
  }

  @Override
  public FeatureResult run(ProbeClient client, URI uri) throws InterruptedException {
    try (ProbeConnection connection = client.open(uri, HandshakeOffer.deflate())) {
      String answer = connection.response().extensions();
      if (answer == null || answer.isBlank()) {
        return FeatureResult.no(feature(), "offered; the server answered no extension");
      }
      if (!answer.toLowerCase(Locale.ROOT).contains("permessage-deflate")) {
        return FeatureResult.no(feature(), "offered; the server answered '" + answer + "'");
      }
      connection.send(new TextWebSocketFrame(MESSAGE));
      var timeout = client.options().timeout();
      Optional<String> problem =
          Echoes.textProblem(
              connection.nextMatching(i -> i instanceof Inbound.Text, timeout), MESSAGE, timeout);
      return problem
          .map(p -> FeatureResult.no(feature(), "server answered '" + answer + "', but " + p))
          .orElseGet(
              () ->
                  FeatureResult.yes(
                      feature(),
                      "server answered '"
                          + answer
                          + "'; a compressed "
                          + Sizes.bytes(MESSAGE.length())
                          + " text message echoed intact"));
    } catch (ProbeException e) {
      // A 101 that Netty refused (an extension answer it cannot use) is the server's doing.
      return e.response().filter(HandshakeResponse::switchedProtocols).isPresent()
          ? FeatureResult.no(feature(), e.getMessage())
          : notConnected(e);
    }
  }
}
