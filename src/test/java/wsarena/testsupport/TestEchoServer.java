package wsarena.testsupport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test echo server on 127.0.0.1 that can misbehave on purpose: stall every connection's echoes
 * for a while after a number of messages (a GC pause, a blocked event loop), or corrupt echoes.
 */
public final class TestEchoServer implements AutoCloseable {
  private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel server;
  private final AtomicLong echoed = new AtomicLong();
  private final ChannelGroup children = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

  /**
   * @param stallAfterMessages after this many echoes in total, the server's only thread sleeps
   *     {@code stallMillis} once (0 = never)
   * @param corrupt flip a byte in every echo
   */
  public TestEchoServer(long stallAfterMessages, long stallMillis, boolean corrupt) throws InterruptedException {
    server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    children.add(ch);
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(65536))
                        .addLast(new WebSocketServerProtocolHandler("/echo", null, true, 1 << 24))
                        .addLast(
                            new SimpleChannelInboundHandler<WebSocketFrame>(false) {
                              @Override
                              protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) throws Exception {
                                long n = echoed.incrementAndGet();
                                if (stallAfterMessages > 0 && n == stallAfterMessages) {
                                  TimeUnit.MILLISECONDS.sleep(stallMillis); // blocks the only I/O thread
                                }
                                if (corrupt) {
                                  int last = f.content().writerIndex() - 1;
                                  f.content().setByte(last, f.content().getByte(last) ^ 1);
                                }
                                ctx.writeAndFlush(f);
                              }
                            });
                  }
                })
            .bind(new InetSocketAddress("127.0.0.1", 0))
            .sync()
            .channel();
  }

  public URI echoUri() {
    return URI.create("ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/echo");
  }

  @Override
  public void close() {
    server.close().awaitUninterruptibly();
    children.close().awaitUninterruptibly(); // as a crashed server would: every connection drops
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
  }
}
