package wsarena.probe;

import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Fragmented message echoed whole: one text message sent as a text frame and two continuation
 * frames; yes when the echo is the whole message (in one frame or several).
 */
final class FragmentedMessageCheck implements FeatureCheck {
  private static final String FIRST = "fragment one of a wsarena probe ".repeat(32);
  private static final String SECOND = "fragment two of a wsarena probe ".repeat(32);
  private static final String THIRD = "fragment three of wsarena probe ".repeat(32);

  @Override
  public Feature feature() {
    return Feature.FRAGMENTED_MESSAGE;
  }

  @Override
  public FeatureResult run(ProbeClient client, URI uri) throws InterruptedException {
    Duration timeout = client.options().timeout();
    String whole = FIRST + SECOND + THIRD;
    try (ProbeConnection connection = client.open(uri, HandshakeOffer.PLAIN)) {
      connection.send(
          new TextWebSocketFrame(false, 0, FIRST),
          new ContinuationWebSocketFrame(false, 0, SECOND),
          new ContinuationWebSocketFrame(true, 0, THIRD));
      Optional<String> problem =
          Echoes.textProblem(
              connection.nextMatching(i -> i instanceof Inbound.Text, timeout), whole, timeout);
      return problem
          .map(p -> FeatureResult.no(feature(), "sent as 3 frames; " + p))
          .orElseGet(
              () ->
                  FeatureResult.yes(
                      feature(),
                      "a text message of "
                          + Sizes.bytes(whole.length())
                          + " sent as 3 frames came back whole"));
    } catch (ProbeException e) {
      return notConnected(e);
    }
  }
}
