package wsarena.load;

import wsarena.metrics.GeneratorThread;
import wsarena.metrics.ThreadSchedule;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import wsarena.client.ClientTls;
import wsarena.client.TlsTrust;
import wsarena.scenario.IoTransport;
import wsarena.scenario.Payload;

/**
 * What every client of the generator shares, whatever it does with its connections (echo and
 * broadcast, a storm of handshakes, idle connections): the worker threads (Netty event loops on
 * the chosen {@link ClientTransport}, named {@value LoadGenerator#THREAD_PREFIX}), the socket
 * options, the TLS context, and the HTTP half of the WebSocket pipeline.
 *
 * <pre>{@code
 * ClientChannels channels = new ClientChannels(uri, trust, profile.transport());
 * MultiThreadIoEventLoopGroup group = channels.newGroup(threads);
 * Bootstrap b = channels.bootstrap().group(loop).handler(...);   // in initChannel:
 * channels.addHttp(ch);                                          // TLS, HTTP codec, aggregator
 * ch.pipeline().addLast(new WebSocketClientProtocolHandler(channels.protocol().build()), ...);
 * }</pre>
 */
final class ClientChannels {
  static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  static final long HANDSHAKE_TIMEOUT_MILLIS = 10_000;
  /**
   * {@code -Dwsarena.handshakeTimeoutMillis=N}: wait N ms for a server's handshakes instead. The
   * fault table's tests meet servers that never answer one, and need not wait ten seconds each to
   * see the same sentence.
   */
  static final String HANDSHAKE_TIMEOUT_PROPERTY = "wsarena.handshakeTimeoutMillis";
  /** Room beyond the payload's size for what a frame may carry around it (it should carry nothing). */
  private static final int FRAME_SLACK_BYTES = 4096;

  private final URI uri;
  /** For {@code wss://}; null for {@code ws://}. */
  private final SslContext tls;
  private final ClientTransport transport;

  /** @param transport the one asked for; null: the fastest this host has */
  ClientChannels(URI uri, TlsTrust trust, IoTransport transport) {
    this.uri = uri;
    this.tls = ClientTls.isTls(uri) ? tlsContext(trust) : null;
    this.transport = ClientTransport.choose(transport);
  }

  /** The transport the generator's sockets use, and why, when it is not the one asked for. */
  ClientTransport transport() {
    return transport;
  }

  /** The generator's worker threads: {@code threads} event loops. */
  MultiThreadIoEventLoopGroup newGroup(int threads) {
    return new MultiThreadIoEventLoopGroup(
        threads, new DefaultThreadFactory(LoadGenerator.THREAD_PREFIX, true), transport.handlerFactory());
  }

  /** The threads behind {@code loops}, to measure their CPU and the time they wait for a core. */
  static List<GeneratorThread> threads(List<EventLoop> loops) {
    List<GeneratorThread> ids = new ArrayList<>();
    for (EventLoop loop : loops) {
      try {
        ids.add(loop.submit(() -> new GeneratorThread(Thread.currentThread().threadId(), ThreadSchedule.currentNativeId()))
            .get(5, TimeUnit.SECONDS));
      } catch (Exception e) {
        // a loop that cannot answer in 5 s is measured without its CPU figure
      }
    }
    return ids;
  }

  /** A bootstrap with the generator's socket options; the caller adds the group and the handler. */
  Bootstrap bootstrap() {
    return new Bootstrap()
        .channel(transport.socketChannel())
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);
  }

  URI uri() {
    return uri;
  }

  String host() {
    return uri.getHost();
  }

  int port() {
    return ClientTls.port(uri);
  }

  /** The server's address, resolved once: a storm connects thousands of times a second. */
  InetSocketAddress remoteAddress() {
    return new InetSocketAddress(host(), port());
  }

  /** Adds TLS, for {@code wss://}; nothing for {@code ws://}. */
  void addTls(SocketChannel ch) {
    if (tls != null) {
      SslHandler handler = tls.newHandler(ch.alloc(), host(), port());
      handler.setHandshakeTimeoutMillis(handshakeTimeoutMillis());
      ch.pipeline().addLast(handler);
    }
  }

  /** Adds TLS (for {@code wss://}), the HTTP codec and the aggregator the upgrade needs. */
  void addHttp(SocketChannel ch) {
    ChannelPipeline p = ch.pipeline();
    addTls(ch);
    p.addLast(new HttpClientCodec());
    p.addLast(new HttpObjectAggregator(64 * 1024));
  }

  /**
   * The longest frame (or fragmented message) a load connection takes from the server: an answer
   * is a copy of what was sent, so anything much longer is wrong. Netty refuses a frame over it on
   * its header, before reading its payload: a server sending huge frames costs the client nothing.
   */
  static int maxFrameBytes(Payload payload) {
    return payload.sizeBytes() + FRAME_SLACK_BYTES;
  }

  /** The WebSocket handshake every client makes; callers add what differs (extensions, pongs). */
  WebSocketClientProtocolConfig.Builder protocol() {
    return WebSocketClientProtocolConfig.newBuilder()
        .webSocketUri(uri)
        .version(WebSocketVersion.V13)
        .customHeaders(new DefaultHttpHeaders())
        .maxFramePayloadLength(Payload.MAX_BYTES + 1024)
        .handshakeTimeoutMillis(handshakeTimeoutMillis())
        .withUTF8Validator(false);
  }

  /**
   * How long a connection waits for the server's TLS handshake, and for its WebSocket one:
   * {@value #HANDSHAKE_TIMEOUT_MILLIS} ms unless {@value #HANDSHAKE_TIMEOUT_PROPERTY} is another
   * positive number.
   */
  static long handshakeTimeoutMillis() {
    long millis = Long.getLong(HANDSHAKE_TIMEOUT_PROPERTY, HANDSHAKE_TIMEOUT_MILLIS);
    return millis > 0 ? millis : HANDSHAKE_TIMEOUT_MILLIS;
  }

  private static SslContext tlsContext(TlsTrust trust) {
    try {
      return ClientTls.context(trust);
    } catch (SSLException e) {
      throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
    }
  }
}
