package wsarena.probe;

import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Close handshake: the client sends close 1000; yes when the server answers with a close frame
 * carrying 1000. The detail also says whether the server then ended the TCP connection, as RFC 6455
 * asks of servers.
 */
final class CloseCheck implements FeatureCheck {
  private static final int NORMAL_CLOSURE = 1000;

  @Override
  public Feature feature() {
    return Feature.CLOSE_HANDSHAKE;
  }

  private static String ending(ProbeConnection connection, Duration timeout)
      throws InterruptedException {
    if (!connection.awaitDisconnect(timeout)) {
      return ", but kept the connection open for " + Sizes.duration(timeout);
    }
    return connection.serverEndedTls()
        ? " and ended the connection (TLS close_notify)"
        : " and closed the connection";
  }

  @Override
  public FeatureResult run(ProbeClient client, URI uri) throws InterruptedException {
    Duration timeout = client.options().timeout();
    try (ProbeConnection connection = client.open(uri, HandshakeOffer.PLAIN)) {
      connection.send(new CloseWebSocketFrame(NORMAL_CLOSURE, "wsarena probe done"));
      Optional<Inbound> got = connection.nextMatching(i -> i instanceof Inbound.Close, timeout);
      return switch (got.orElse(null)) {
        case Inbound.Close close when close.code() == NORMAL_CLOSURE ->
            FeatureResult.yes(
                feature(), "sent 1000; the server answered 1000" + ending(connection, timeout));
        case Inbound.Close close when close.code() < 0 ->
            FeatureResult.no(
                feature(), "sent 1000; the server answered a close frame without a code (1005)");
        case Inbound.Close close ->
            FeatureResult.no(feature(), "sent 1000; the server answered " + close.code());
        case Inbound.Disconnected _ ->
            FeatureResult.no(
                feature(), "sent 1000; the server dropped the connection without a close frame");
        case null ->
            FeatureResult.no(
                feature(), "sent 1000; no close frame within " + Sizes.duration(timeout));
        default -> FeatureResult.no(feature(), "sent 1000; " + Echoes.ending(got.get()));
      };
    } catch (ProbeException e) {
      return notConnected(e);
    }
  }
}
