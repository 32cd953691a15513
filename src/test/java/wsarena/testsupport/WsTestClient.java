package wsarena.testsupport;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import wsarena.client.CertificatePin;

/**
 * The WebSocket client of the tests (Netty's client codec): whole messages arrive in a queue in
 * order, and it can do what the JDK's client cannot: offer permessage-deflate, show the handshake
 * response headers, send a message in fragments of our choice, keep the code of the server's close
 * frame, and trust exactly one pinned certificate.
 */
public final class WsTestClient implements AutoCloseable {

  /** Client threads: named apart from the server prefix so thread assertions never count them. */
  private static final EventLoopGroup GROUP =
      new MultiThreadIoEventLoopGroup(
          1, new DefaultThreadFactory("test-client", true), NioIoHandler.newFactory());

  private static final int MAX_MESSAGE = 32 * 1024 * 1024;

  /** One message as received: text or binary, and its bytes. */
  public record Message(boolean text, byte[] data) {
    public String asText() {
      return new String(data, StandardCharsets.UTF_8);
    }
  }

  private final Channel channel;
  private final HttpHeaders handshakeHeaders;
  private final BlockingQueue<Message> received;
  private final CompletableFuture<Void> closed;
  private final CompletableFuture<Integer> closeCode;

  private WsTestClient(
      Channel channel,
      HttpHeaders handshakeHeaders,
      BlockingQueue<Message> received,
      CompletableFuture<Void> closed,
      CompletableFuture<Integer> closeCode) {
    this.channel = channel;
    this.handshakeHeaders = handshakeHeaders;
    this.received = received;
    this.closed = closed;
    this.closeCode = closeCode;
  }

  public static WsTestClient connect(URI uri) throws Exception {
    return connect(uri, Optional.empty(), false);
  }

  /**
   * Connects and completes the WebSocket handshake.
   *
   * @param pinnedSha256 for wss://: trust only the certificate with this fingerprint
   * @param offerDeflate offer permessage-deflate in the handshake
   */
  public static WsTestClient connect(URI uri, Optional<String> pinnedSha256, boolean offerDeflate)
      throws Exception {
    boolean tls = uri.getScheme().equals("wss");
    SslContext ssl = tls ? clientSsl(pinnedSha256.orElseThrow()) : null;
    BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    CompletableFuture<HttpHeaders> headers = new CompletableFuture<>();
    CompletableFuture<Void> handshake = new CompletableFuture<>();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    WebSocketClientProtocolConfig config =
        WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(uri)
            .allowExtensions(offerDeflate)
            .maxFramePayloadLength(MAX_MESSAGE)
            .handshakeTimeoutMillis(5_000)
            // the collector answers a close frame itself, so it can keep the server's code
            .handleCloseFrames(false)
            .build();
    Bootstrap bootstrap =
        new Bootstrap()
            .group(GROUP)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ChannelPipeline p = ch.pipeline();
                    if (ssl != null) {
                      p.addLast(ssl.newHandler(ch.alloc(), uri.getHost(), uri.getPort()));
                    }
                    p.addLast(new HttpClientCodec());
                    p.addLast(new HttpObjectAggregator(64 * 1024));
                    p.addLast(new HeaderCapture(headers));
                    if (offerDeflate) {
                      p.addLast(new WebSocketClientCompressionHandler(MAX_MESSAGE));
                    }
                    p.addLast(new WebSocketClientProtocolHandler(config));
                    p.addLast(new WebSocketFrameAggregator(MAX_MESSAGE));
                    p.addLast(new Collector(received, handshake, closed, closeCode));
                  }
                });
    Channel channel = bootstrap.connect(uri.getHost(), uri.getPort()).sync().channel();
    try {
      handshake.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      channel.close();
      throw e;
    }
    return new WsTestClient(channel, headers.getNow(null), received, closed, closeCode);
  }

  private static SslContext clientSsl(String sha256) throws SSLException {
    return SslContextBuilder.forClient().trustManager(CertificatePin.trustManager(sha256)).build();
  }

  /** The headers of the server's 101 response. */
  public HttpHeaders handshakeHeaders() {
    return handshakeHeaders;
  }

  public void sendText(String text) {
    channel.writeAndFlush(new TextWebSocketFrame(text)).syncUninterruptibly();
  }

  public void sendBinary(byte[] data) {
    channel
        .writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(data)))
        .syncUninterruptibly();
  }

  /** Sends one message as several frames: the first text or binary, the rest continuations. */
  public void sendFragmented(boolean text, byte[]... parts) {
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      var content = Unpooled.wrappedBuffer(parts[i]);
      WebSocketFrame frame =
          i > 0
              ? new ContinuationWebSocketFrame(last, 0, content)
              : text
                  ? new TextWebSocketFrame(last, 0, content)
                  : new BinaryWebSocketFrame(last, 0, content);
      channel.writeAndFlush(frame).syncUninterruptibly();
    }
  }

  /** The next message received, waiting at most {@code timeout}. */
  public Message next(Duration timeout) throws InterruptedException, TimeoutException {
    Message m = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (m == null) {
      throw new TimeoutException("no message within " + timeout);
    }
    return m;
  }

  /** A message that arrives within {@code timeout}, if any. */
  public Optional<Message> poll(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Completes when the connection closes, whoever closed it. */
  public CompletableFuture<Void> closed() {
    return closed;
  }

  /** The code of the server's close frame; fails when the connection ended without one. */
  public CompletableFuture<Integer> closeCode() {
    return closeCode;
  }

  @Override
  public void close() {
    channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
  }

  private static final class HeaderCapture extends ChannelInboundHandlerAdapter {
    private final CompletableFuture<HttpHeaders> headers;

    HeaderCapture(CompletableFuture<HttpHeaders> headers) {
      this.headers = headers;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof FullHttpResponse response) {
        headers.complete(response.headers().copy());
      }
      ctx.fireChannelRead(msg);
    }
  }

  private static final class Collector extends ChannelInboundHandlerAdapter {
    private final BlockingQueue<Message> received;
    private final CompletableFuture<Void> handshake;
    private final CompletableFuture<Void> closed;
    private final CompletableFuture<Integer> closeCode;

    Collector(
        BlockingQueue<Message> received,
        CompletableFuture<Void> handshake,
        CompletableFuture<Void> closed,
        CompletableFuture<Integer> closeCode) {
      this.received = received;
      this.handshake = handshake;
      this.closed = closed;
      this.closeCode = closeCode;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
      if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
        handshake.complete(null);
      } else if (evt
          == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
        handshake.completeExceptionally(new TimeoutException("WebSocket handshake timed out"));
      }
      ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      try {
        if (msg instanceof TextWebSocketFrame t) {
          received.add(new Message(true, ByteBufUtil.getBytes(t.content())));
        } else if (msg instanceof BinaryWebSocketFrame b) {
          received.add(new Message(false, ByteBufUtil.getBytes(b.content())));
        } else if (msg instanceof CloseWebSocketFrame close) {
          closeCode.complete(close.statusCode());
          ctx.writeAndFlush(new CloseWebSocketFrame()).addListener(f -> ctx.close());
        }
      } finally {
        io.netty.util.ReferenceCountUtil.release(msg);
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      handshake.completeExceptionally(
          new IllegalStateException("connection closed before the handshake completed"));
      closeCode.completeExceptionally(new IllegalStateException("the connection ended without a close frame"));
      closed.complete(null);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      handshake.completeExceptionally(cause);
      ctx.close();
    }
  }
}
