package wsarena.probe;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Ping answered with pong: a ping with a payload; yes when a pong carries the same payload. */
final class PingCheck implements FeatureCheck {
  private static final byte[] PAYLOAD = "wsarena-ping-42!".getBytes(StandardCharsets.US_ASCII);

  @Override
  public Feature feature() {
    return Feature.PING_PONG;
  }

  @Override
  public FeatureResult run(ProbeClient client, URI uri) throws InterruptedException {
    Duration timeout = client.options().timeout();
    try (ProbeConnection connection = client.open(uri, HandshakeOffer.PLAIN)) {
      long sentNanos = System.nanoTime();
      connection.send(new PingWebSocketFrame(Unpooled.wrappedBuffer(PAYLOAD.clone())));
      Optional<Inbound> got = connection.nextMatching(i -> i instanceof Inbound.Pong, timeout);
      long roundTripNanos = System.nanoTime() - sentNanos;
      return switch (got.orElse(null)) {
        case Inbound.Pong pong when Arrays.equals(pong.payload(), PAYLOAD) ->
            FeatureResult.yes(
                feature(),
                "pong with the same "
                    + PAYLOAD.length
                    + "-byte payload after "
                    + Sizes.millis(roundTripNanos));
        case Inbound.Pong pong ->
            FeatureResult.no(
                feature(),
                "a pong came back with a different " + pong.payload().length + "-byte payload");
        case null -> FeatureResult.no(feature(), "no pong within " + Sizes.duration(timeout));
        default -> FeatureResult.no(feature(), "no pong: " + Echoes.ending(got.get()));
      };
    } catch (ProbeException e) {
      return notConnected(e);
    }
  }
}
