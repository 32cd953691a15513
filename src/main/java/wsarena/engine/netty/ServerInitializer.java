package wsarena.engine.netty;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.EventExecutorGroup;

/** Each new connection's pipeline until the upgrade: [TLS], HTTP codec, aggregator, router. */
final class ServerInitializer extends ChannelInitializer<SocketChannel> {

  /** The upgrade request is headers only; anything bigger is not a WebSocket client. */
  private static final int MAX_HANDSHAKE_BYTES = 64 * 1024;

  private final SslContext ssl;
  private final ChannelHandler echo;
  private final ChannelHandler broadcast;
  private final boolean compression;
  private final EventExecutorGroup handlerExecutors;
  private final ChannelGroup connections;

  /**
   * @param connections every accepted connection is added here (and leaves when it closes), so
   *     the server can close them all when it stops
   */
  ServerInitializer(
      ChannelGroup connections,
      SslContext ssl,
      ChannelHandler echo,
      ChannelHandler broadcast,
      boolean compression,
      EventExecutorGroup handlerExecutors) {
    this.connections = connections;
    this.ssl = ssl;
    this.echo = echo;
    this.broadcast = broadcast;
    this.compression = compression;
    this.handlerExecutors = handlerExecutors;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    connections.add(ch);
    ChannelPipeline pipeline = ch.pipeline();
    if (ssl != null) {
      pipeline.addLast("tls", ssl.newHandler(ch.alloc()));
    }
    pipeline.addLast("http", new HttpServerCodec());
    pipeline.addLast("http-aggregator", new HttpObjectAggregator(MAX_HANDSHAKE_BYTES));
    pipeline.addLast("router", new PathRouter(echo, broadcast, compression, handlerExecutors));
  }
}
