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
   * A server of known capacity: it answers at most {@code messagesPerSecond} over all connections,
   * first come, first served, each at once when it can, else when its turn comes; below that rate it
   * answers promptly, above it its queue and its latency grow without bound, as a saturated
   * server's do. Work queued for a connection that closed is dropped unanswered, costing nothing,
   * so one overloaded run leaves nothing behind for the next.
   */
  public static TestEchoServer withCapacity(double messagesPerSecond) throws InterruptedException {
    Capacity capacity = new Capacity(messagesPerSecond);
    return new TestEchoServer(counted -> new SimpleChannelInboundHandler<WebSocketFrame>(false) {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
        counted.incrementAndGet();
        capacity.offer(ctx, f);
      }
    });
  }

  /** The capacity server's one queue, on its only I/O thread. */
  private static final class Capacity {
    private final double perNano;
    /** A few milliseconds' worth: what an idle server answers at once. */
    private final double burst;
    private final java.util.ArrayDeque<Object[]> queue = new java.util.ArrayDeque<>();
    private double credit;
    private long lastNanos = System.nanoTime();
    private boolean scheduled;
    /** Nothing queued since the last answer: the time since only builds up the small burst. */
    private boolean idle = true;

    Capacity(double perSecond) {
      this.perNano = perSecond / 1e9;
      this.burst = Math.max(1, perSecond * 0.005);
      this.credit = burst;
    }

    void offer(ChannelHandlerContext ctx, WebSocketFrame f) {
      queue.add(new Object[] {ctx, f});
      drain(ctx);
    }

    private void drain(ChannelHandlerContext any) {
      long now = System.nanoTime();
      // A busy server works all the time, however late its timer fires; an idle one only saves up a burst.
      credit += (now - lastNanos) * perNano;
      if (idle) {
        credit = Math.min(burst, credit);
        idle = false;
      }
      lastNanos = now;
      while (credit >= 1 && !queue.isEmpty()) {
        Object[] next = queue.poll();
        ChannelHandlerContext ctx = (ChannelHandlerContext) next[0];
        WebSocketFrame f = (WebSocketFrame) next[1];
        if (ctx.channel().isActive()) {
          ctx.writeAndFlush(f);
          credit -= 1;
        } else {
          f.release();
        }
      }
      if (queue.isEmpty()) {
        idle = true;
      } else if (!scheduled) {
        scheduled = true;
        long waitNanos = (long) Math.max(1, (1 - credit) / perNano);
        any.executor().schedule(() -> {
          scheduled = false;
          drain(any);
        }, waitNanos, TimeUnit.NANOSECONDS);
      }
    }
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
