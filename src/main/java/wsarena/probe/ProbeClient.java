package wsarena.probe;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateClientExtensionHandshaker;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import wsarena.client.ClientTls;
import wsarena.client.ConnectFailures;
import wsarena.client.TlsTrust;

/**
 * Opens the probe's WebSocket connections with Netty's client codec: one event loop (epoll where
 * available), TLS by the {@link TlsTrust}, permessage-deflate and subprotocols as each check
 * offers them.
 */
final class ProbeClient implements AutoCloseable {
  /** Handshake answers are small; a larger one is not a WebSocket server's. */
  private static final int MAX_HANDSHAKE_BYTES = 64 * 1024;

  private final ProbeOptions options;
  private final EventLoopGroup group;
  private final Class<? extends SocketChannel> channelType;
  private SslContext sslContext;

  ProbeClient(ProbeOptions options) {
    this.options = options;
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    this.group = new MultiThreadIoEventLoopGroup(1, io);
    this.channelType = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
  }

  ProbeOptions options() {
    return options;
  }

  /**
   * Connects, runs the opening handshake and returns the open connection.
   *
   * @throws ProbeException with a phrase saying what failed, and the server's handshake answer when
   *     one arrived (e.g. it switched protocols but chose a subprotocol the client did not offer)
   */
  ProbeConnection open(URI uri, HandshakeOffer offer) throws ProbeException, InterruptedException {
    String host = uri.getHost();
    int port = ClientTls.port(uri);
    SslContext ssl = ClientTls.isTls(uri) ? sslContext() : null;
    // Room for the largest message plus what deflate adds to incompressible data.
    int maxFrameBytes = options.maxMessageBytes() + (1 << 20);
    WebSocketClientHandshaker handshaker =
        WebSocketClientHandshakerFactory.newHandshaker(
            uri,
            WebSocketVersion.V13,
            offer.subprotocolHeader(),
            true,
            new DefaultHttpHeaders(),
            maxFrameBytes);
    ProbeHandler handler = new ProbeHandler(handshaker, maxFrameBytes);
    Duration timeout = options.timeout();

    Bootstrap bootstrap =
        new Bootstrap()
            .group(group)
            .channel(channelType)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ChannelPipeline p = ch.pipeline();
                    if (ssl != null) {
                      p.addLast(ssl.newHandler(ch.alloc(), host, port));
                    }
                    p.addLast(new HttpClientCodec());
                    p.addLast(new HttpObjectAggregator(MAX_HANDSHAKE_BYTES));
                    if (offer.permessageDeflate()) {
                      // Offers exactly permessage-deflate (Netty's
                      // WebSocketClientCompressionHandler
                      // would also offer the older deflate-frame extensions).
                      p.addLast(
                          new WebSocketClientExtensionHandler(
                              new PerMessageDeflateClientExtensionHandshaker(0)));
                    }
                    p.addLast(handler);
                  }
                });

    ChannelFuture connect = bootstrap.connect(host, port);
    if (!connect.await(timeout.toMillis() + 1000)) {
      connect.channel().close();
      throw new ProbeException(
          "no TCP connection within " + Sizes.duration(timeout), null, false, null);
    }
    if (!connect.isSuccess()) {
      throw failure(connect.cause(), null, uri);
    }
    Channel channel = connect.channel();
    try {
      HandshakeResponse response =
          handler.handshake().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new ProbeConnection(channel, handler, response);
    } catch (TimeoutException e) {
      // asked before the close: a closed channel's pipeline soon holds no handler, and a TLS
      // handshake cut short by the close is done (failed), so a busy machine read "unknown"
      SslHandler sslHandler = channel.pipeline().get(SslHandler.class);
      boolean noTlsAnswer = sslHandler != null && !sslHandler.handshakeFuture().isDone();
      channel.close();
      if (noTlsAnswer) {
        // A plain HTTP server waits for a request line that a TLS ClientHello never completes.
        throw new ProbeException(
            "no TLS answer within "
                + Sizes.duration(timeout)
                + " (is the server ws:// rather than wss://?)",
            null,
            true,
            e);
      }
      throw new ProbeException(
          "no handshake answer within " + Sizes.duration(timeout), handler.response(), false, e);
    } catch (ExecutionException e) {
      channel.close();
      throw failure(e.getCause(), handler.response(), uri);
    }
  }

  private ProbeException failure(Throwable cause, HandshakeResponse response, URI uri) {
    String why =
        response != null && !response.switchedProtocols()
            ? ConnectFailures.refused(response.statusLine(), uri)
            : ConnectFailures.describe(cause, uri);
    if (options.trust() instanceof TlsTrust.SystemTrust && ConnectFailures.isUntrusted(cause)) {
      why += ": pin it with --fingerprint, or skip the check with --insecure";
    }
    return new ProbeException(why, response, ConnectFailures.isTls(cause), cause);
  }

  private synchronized SslContext sslContext() throws ProbeException {
    if (sslContext == null) {
      try {
        sslContext = ClientTls.context(options.trust());
      } catch (SSLException e) {
        throw new ProbeException("cannot set up TLS: " + e.getMessage(), null, true, e);
      }
    }
    return sslContext;
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
