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

  /**
   * A server that echoes every message {@code delayMillis} late and adds {@code delayMillis} to the
   * send time in its stamp (text: 16 hex digits; binary: a big-endian long), so that, believed, it
   * would look {@code delayMillis} faster than it is; with {@code rewrite} false, only late.
   */
  public static TestEchoServer delayed(long delayMillis, boolean rewrite) throws InterruptedException {
    return new TestEchoServer(counted -> new SimpleChannelInboundHandler<WebSocketFrame>(false) {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
        counted.incrementAndGet();
        if (rewrite) {
          addToStamp(f, TimeUnit.MILLISECONDS.toNanos(delayMillis));
        }
        ctx.executor().schedule(() -> ctx.writeAndFlush(f), delayMillis, TimeUnit.MILLISECONDS);
      }
    });
  }

  private static void addToStamp(WebSocketFrame f, long nanos) {
    io.netty.buffer.ByteBuf c = f.content();
    int at = c.readerIndex();
    if (f instanceof io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame) {
      c.setLong(at, c.getLong(at) + nanos);
    } else {
      String hex = c.toString(at, 16, java.nio.charset.StandardCharsets.US_ASCII);
      String moved = String.format("%016x", Long.parseUnsignedLong(hex, 16) + nanos);
      c.setCharSequence(at, moved, java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  /** A server that flips the lowest bit of the first byte of every {@code everyNth} echo. */
  public static TestEchoServer flippingFirstByte(int everyNth) throws InterruptedException {
    return new TestEchoServer(counted -> new SimpleChannelInboundHandler<WebSocketFrame>(false) {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
        if (counted.incrementAndGet() % everyNth == 0) {
          int first = f.content().readerIndex();
          f.content().setByte(first, f.content().getByte(first) ^ 1);
        }
        ctx.writeAndFlush(f);
      }
    });
  }

  /** What {@link #faulty} does to a connection, in place of one echo. */
  public enum Fault {
    /** A close frame with 1011 (internal error), then the connection closes. */
    CLOSE_1011,
    /** The TCP connection closes without a close frame. */
    DROP,
    /** The TCP connection is reset (SO_LINGER 0). */
    RESET,
    /** A text frame with a reserved bit set and no extension that defines it. */
    MALFORMED_FRAME,
    /** The header of a 1 GiB binary frame and 64 KiB of it, then nothing: the rest never comes. */
    OVERSIZED_FRAME,
    /** A text message wsarena never sent, beside the echo. */
    UNSTAMPED_MESSAGE
  }

  /**
   * Echoes, except that on every {@code everyNth} connection (the first, the n+1st, ...) its
   * {@code afterMessages}-th message gets {@code fault} instead; that connection then echoes on if
   * it is still open.
   */
  public static TestEchoServer faulty(Fault fault, int everyNth, long afterMessages) throws InterruptedException {
    java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    return new TestEchoServer(counted -> new SimpleChannelInboundHandler<WebSocketFrame>(false) {
      private final boolean chosen = accepted.getAndIncrement() % everyNth == 0;
      private long mine;

      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
        counted.incrementAndGet();
        if (!chosen || ++mine != afterMessages) {
          ctx.writeAndFlush(f);
          return;
        }
        ChannelHandlerContext wire = ctx.pipeline().firstContext(); // under the WebSocket encoder
        switch (fault) {
          case CLOSE_1011 -> {
            f.release();
            ctx.writeAndFlush(new io.netty.handler.codec.http.websocketx.CloseWebSocketFrame(1011, "test fault"));
          }
          case DROP -> {
            f.release();
            wire.close(); // from below the protocol handler, which would send a close frame first
          }
          case RESET -> {
            f.release();
            ctx.channel().config().setOption(io.netty.channel.ChannelOption.SO_LINGER, 0);
            wire.close();
          }
          case MALFORMED_FRAME -> {
            f.release();
            wire.writeAndFlush(io.netty.buffer.Unpooled.wrappedBuffer(new byte[] {(byte) 0xC1, 0x01, 'x'}));
          }
          case OVERSIZED_FRAME -> {
            f.release();
            io.netty.buffer.ByteBuf head = io.netty.buffer.Unpooled.buffer(10 + 65536);
            head.writeByte(0x82).writeByte(127).writeLong(1L << 30).writeZero(65536);
            wire.writeAndFlush(head);
          }
          case UNSTAMPED_MESSAGE -> {
            ctx.write(new io.netty.handler.codec.http.websocketx.TextWebSocketFrame("not a wsarena message"));
            ctx.writeAndFlush(f);
          }
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
