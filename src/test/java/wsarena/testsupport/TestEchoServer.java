package wsarena.testsupport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test echo server on 127.0.0.1 that can misbehave on purpose: stall every connection's echoes
 * for a while after a number of messages (a GC pause, a blocked event loop), corrupt echoes, echo
 * at most a known number of messages per second, never answer, or stop reading.
 */
public final class TestEchoServer implements AutoCloseable {
  private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel server;
  private final AtomicLong received = new AtomicLong();
  private final ChannelGroup children = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

  /**
   * @param stallAfterMessages after this many echoes in total, the server's only thread sleeps
   *     {@code stallMillis} once (0 = never)
   * @param corrupt flip a byte in every echo
   */
  public TestEchoServer(long stallAfterMessages, long stallMillis, boolean corrupt) throws InterruptedException {
    this(counted -> new SimpleChannelInboundHandler<WebSocketFrame>(false) {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) throws Exception {
        long n = counted.incrementAndGet();
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

  /** Makes the handler of each connection; all share the count of messages received. */
  private interface Behaviour {
    ChannelHandler handler(AtomicLong received);
  }

  private TestEchoServer(Behaviour behaviour) throws InterruptedException {
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
                        .addLast(behaviour.handler(received));
                  }
                })
            .bind(new InetSocketAddress("127.0.0.1", 0))
            .sync()
            .channel();
  }

  /**
   * A server of known capacity: it echoes at most {@code messagesPerSecond} over all connections,
   * each answer at once when it can, else as soon as its turn comes (a server busy {@code 1 /
   * messagesPerSecond} per message). Below that rate it answers promptly; above it, its queue and
   * its latency grow without bound, as a saturated server's do.
   */
  public static TestEchoServer withCapacity(double messagesPerSecond) throws InterruptedException {
    long nanosPerMessage = (long) (1e9 / messagesPerSecond);
    long[] lastAnswerNanos = {0}; // one I/O thread: no other writer
    return new TestEchoServer(counted -> new SimpleChannelInboundHandler<WebSocketFrame>(false) {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
        counted.incrementAndGet();
        long now = System.nanoTime();
        long answerAt = Math.max(now, lastAnswerNanos[0] + nanosPerMessage);
        lastAnswerNanos[0] = answerAt;
        if (answerAt <= now) {
          ctx.writeAndFlush(f);
        } else {
          ctx.executor().schedule(() -> ctx.writeAndFlush(f), answerAt - now, TimeUnit.NANOSECONDS);
        }
      }
    });
  }

  /** A server that reads every message and answers none. */
  public static TestEchoServer neverAnswering() throws InterruptedException {
    return new TestEchoServer(counted -> new SimpleChannelInboundHandler<WebSocketFrame>() {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
        counted.incrementAndGet(); // released by the handler, never answered
      }
    });
  }

  /**
   * A server that echoes the first {@code messages} messages (over all connections), then stops
   * reading from every connection: the client's socket buffers fill, and it can no longer write.
   */
  public static TestEchoServer stopsReadingAfter(long messages) throws InterruptedException {
    return new TestEchoServer(counted -> new SimpleChannelInboundHandler<WebSocketFrame>(false) {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
        if (counted.incrementAndGet() <= messages) {
          ctx.writeAndFlush(f);
        } else {
          f.release();
          ctx.channel().config().setAutoRead(false);
        }
      }
    });
  }

  /** Messages the server has received so far, over all connections. */
  public long received() {
    return received.get();
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
