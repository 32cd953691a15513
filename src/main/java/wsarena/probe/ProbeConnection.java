package wsarena.probe;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.ssl.SslHandler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLSession;

/**
 * One open WebSocket of the probe, read from a single thread with timeouts: send frames, then take
 * what the server sent in order.
 */
final class ProbeConnection implements AutoCloseable {
  private final Channel channel;
  private final ProbeHandler handler;
  private final HandshakeResponse response;

  ProbeConnection(Channel channel, ProbeHandler handler, HandshakeResponse response) {
    this.channel = channel;
    this.handler = handler;
    this.response = response;
  }

  HandshakeResponse response() {
    return response;
  }

  /** The negotiated TLS session, when the connection runs over TLS. */
  Optional<SSLSession> tlsSession() {
    SslHandler ssl = channel.pipeline().get(SslHandler.class);
    return ssl == null ? Optional.empty() : Optional.of(ssl.engine().getSession());
  }

  /** Writes frames in order and flushes once, so they leave back to back. */
  void send(WebSocketFrame... frames) {
    for (WebSocketFrame frame : frames) {
      channel.write(frame);
    }
    channel.flush();
  }

  /** The next thing the server sent, or empty when nothing came within the timeout. */
  Optional<Inbound> next(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(handler.inbox().poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  /**
   * The next inbound that matches, skipping others (such as a server's own pings), or the first
   * that ends the connection (close, disconnect, failure); empty on timeout.
   */
  Optional<Inbound> nextMatching(Predicate<Inbound> wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      Optional<Inbound> next = next(Duration.ofNanos(left));
      if (next.isEmpty()) {
        return next;
      }
      Inbound inbound = next.get();
      if (wanted.test(inbound) || ends(inbound)) {
        return next;
      }
    }
  }

  private static boolean ends(Inbound inbound) {
    return inbound instanceof Inbound.Close
        || inbound instanceof Inbound.Disconnected
        || inbound instanceof Inbound.Failed;
  }

  /** True once the server ended TLS with close_notify (the client then closes too). */
  boolean serverEndedTls() {
    return handler.serverEndedTls();
  }

  /** True when the TCP connection ended within the timeout. */
  boolean awaitDisconnect(Duration timeout) throws InterruptedException {
    return channel.closeFuture().await(timeout.toMillis());
  }

  @Override
  public void close() {
    channel.close();
  }
}
