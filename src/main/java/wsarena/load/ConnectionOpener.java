package wsarena.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;

/**
 * Opens one of the generator's connections on its worker's event loop: the pipeline (HTTP, TLS,
 * compression, the WebSocket handshake) is the same for every connection, so it is built here
 * once, apart from the {@link LoadGenerator}'s schedule and counts.
 */
final class ConnectionOpener {
  /**
   * Per connection: past this many bytes waiting in the client's write buffer (the kernel's socket
   * buffer being full) the target is not reading, and messages wait in the backlog as a count.
   * Small, so that thousands of connections to a target that stopped reading cost little.
   */
  private static final int WRITE_BUFFER_HIGH_BYTES = 256 * 1024;

  private final ClientChannels channels;
  private final boolean compression;
  private final LoadGenerator generator;
  private final Bootstrap base;

  ConnectionOpener(ClientChannels channels, boolean compression, LoadGenerator generator) {
    this.channels = channels;
    this.compression = compression;
    this.generator = generator;
    this.base = bootstrap(channels);
  }

  private static Bootstrap bootstrap(ClientChannels channels) {
    return channels.bootstrap()
        .option(
            ChannelOption.WRITE_BUFFER_WATER_MARK,
            new WriteBufferWaterMark(WRITE_BUFFER_HIGH_BYTES / 2, WRITE_BUFFER_HIGH_BYTES));
  }

  /** Starts {@code c}'s connect on {@code w}'s loop; a failure reaches the connection. */
  void connect(ClientConnection c, Worker w) {
    Bootstrap b = base.clone(w.loop()).handler(initializer(c));
    ChannelFuture f = b.connect(channels.host(), channels.port());
    c.connecting(f.channel());
    f.addListener(
        done -> {
          if (!done.isSuccess()) {
            c.fail(done.cause());
          }
        });
  }

  private ChannelInitializer<SocketChannel> initializer(ClientConnection c) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        channels.addHttp(ch);
        ChannelPipeline p = ch.pipeline();
        p.addLast(new HandshakeResponseSniffer(generator));
        if (compression) {
          p.addLast(WebSocketClientCompressionHandler.INSTANCE);
        }
        p.addLast(new WebSocketClientProtocolHandler(protocolConfig()));
        p.addLast(new WebSocketFrameAggregator(generator.maxFrameBytes()));
        p.addLast(c);
      }
    };
  }

  private WebSocketClientProtocolConfig protocolConfig() {
    // Close frames come through to the connection, which names the loss by their code.
    return channels.protocol()
        .allowExtensions(compression)
        .dropPongFrames(true)
        .handleCloseFrames(false)
        .maxFramePayloadLength(generator.maxFrameBytes())
        .build();
  }

  /** Reads the handshake response's extensions header on its way to the protocol handler. */
  private static final class HandshakeResponseSniffer extends io.netty.channel.ChannelInboundHandlerAdapter {
    private final LoadGenerator generator;

    HandshakeResponseSniffer(LoadGenerator generator) {
      this.generator = generator;
    }

    @Override
    public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof FullHttpResponse r && r.status().code() == 101) {
        generator.noteNegotiatedExtensions(r.headers().get(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS));
        ctx.pipeline().remove(this);
      }
      ctx.fireChannelRead(msg);
    }
  }
}
