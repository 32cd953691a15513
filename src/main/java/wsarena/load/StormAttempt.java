package wsarena.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One connection of a storm, from its TCP connect to its close, and its whole pipeline (after TLS,
 * for {@code wss://}): it sends the upgrade request ({@link UpgradeRequest}), checks the answer's
 * head, tells its {@link StormWorker} when the upgrade completed (or why it failed), and closes with
 * a normal close frame after the hold. What the server sends after the head (frames, its close) is
 * read and dropped unparsed: a storm measures handshakes. Everything runs on the worker's thread.
 */
final class StormAttempt extends ChannelInboundHandlerAdapter {
  private enum State {
    CONNECTING,
    OPEN,
    CLOSING,
    DONE
  }

  private final StormWorker worker;
  private final long startNanos;
  private Channel channel;
  private State state = State.CONNECTING;
  private String expectedAccept;
  /** The response head so far, when it came in more than one read; null otherwise. */
  private ByteBuf partialHead;

  /** @param startNanos when the TCP connect started, or when the attempt was due under a ramp */
  StormAttempt(StormWorker worker, long startNanos) {
    this.worker = worker;
    this.startNanos = startNanos;
  }

  void connecting(Channel ch) {
    this.channel = ch;
  }

  long startNanos() {
    return startNanos;
  }

  /** True while our close frame waits for the server's answer. */
  boolean closingStill() {
    return state == State.CLOSING;
  }

  /** The server did not answer our close in time: the socket is closed anyway. */
  void abandon() {
    if (channel != null) {
      channel.close();
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    UpgradeRequest.Request request = worker.upgrade().next(ctx.alloc());
    expectedAccept = request.expectedAccept();
    ctx.writeAndFlush(request.bytes(), ctx.voidPromise());
    super.channelActive(ctx);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (state == State.CONNECTING && msg instanceof ByteBuf in) {
        readHead(ctx, in);
      }
    } finally {
      ReferenceCountUtil.release(msg); // after the head a storm reads nothing it keeps
    }
  }

  private void readHead(ChannelHandlerContext ctx, ByteBuf in) {
    ByteBuf buf = in;
    if (partialHead != null) {
      partialHead.writeBytes(in);
      buf = partialHead;
    }
    int end = UpgradeRequest.headEnd(buf);
    if (end < 0) {
      if (buf.readableBytes() > UpgradeRequest.MAX_HEAD_BYTES) {
        fail(new WebSocketClientHandshakeException("the server's answer to the upgrade has no end of head within "
            + UpgradeRequest.MAX_HEAD_BYTES + " bytes"));
      } else if (partialHead == null) {
        partialHead = ctx.alloc().heapBuffer(Math.max(256, in.readableBytes() * 2)).writeBytes(in);
      }
      return;
    }
    String head = buf.toString(buf.readerIndex(), end - buf.readerIndex(), StandardCharsets.ISO_8859_1);
    releaseHead();
    String why = UpgradeRequest.check(head, expectedAccept);
    if (why != null) {
      fail(new WebSocketClientHandshakeException(why));
      return;
    }
    state = State.OPEN;
    worker.handshaken(this, System.nanoTime() - startNanos);
  }

  private void releaseHead() {
    if (partialHead != null) {
      partialHead.release();
      partialHead = null;
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (state == State.CONNECTING) {
      fail(cause);
    } else {
      ctx.close(); // after the upgrade a broken connection is only closed: its handshake counted
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    releaseHead();
    switch (state) {
      case CONNECTING -> fail(new WebSocketClientHandshakeException("the server closed the connection before the upgrade"));
      case OPEN, CLOSING -> {
        boolean byServer = state == State.OPEN;
        state = State.DONE;
        worker.closed(this, byServer);
      }
      case DONE -> {}
    }
    super.channelInactive(ctx);
  }

  /** The attempt failed before its upgrade completed: counted once, then the socket is closed. */
  void fail(Throwable cause) {
    if (state != State.CONNECTING) {
      return;
    }
    state = State.DONE;
    worker.failed(this, cause);
    if (channel != null) {
      channel.close();
    }
  }

  /** Closes an open connection with a normal close frame; the server answers and closes the socket. */
  void close() {
    if (state != State.OPEN) {
      return;
    }
    state = State.CLOSING;
    channel.writeAndFlush(closeFrame(channel), channel.voidPromise());
    worker.closing(this);
  }

  /** A close frame with status 1000, masked as every client frame must be (RFC 6455 section 5.3). */
  private static ByteBuf closeFrame(Channel ch) {
    int mask = ThreadLocalRandom.current().nextInt();
    int status = 1000;
    return ch.alloc().buffer(8)
        .writeByte(0x88) // FIN + close
        .writeByte(0x80 | 2) // masked, 2 bytes of payload
        .writeInt(mask)
        .writeByte(((status >> 8) & 0xff) ^ ((mask >>> 24) & 0xff))
        .writeByte((status & 0xff) ^ ((mask >>> 16) & 0xff));
  }
}
