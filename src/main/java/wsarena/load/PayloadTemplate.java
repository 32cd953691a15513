package wsarena.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.SplittableRandom;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;

/**
 * Builds the messages of a run and checks the ones that come back.
 *
 * <p>After the stamp comes a fixed filler: for text, readable words (compressible, like chat or
 * JSON); for binary, pseudo-random bytes (incompressible, like media). A returned message must have
 * the same length and the same filler, byte for byte, or it counts as an error.
 */
final class PayloadTemplate {
  private static final String WORDS = "wsarena measures websocket servers live on your machine ";

  private final Payload payload;
  private final int stampBytes;
  /** The filler to compare answers with. */
  private final ByteBuf filler;
  /**
   * The same bytes to write from: a heap {@link ByteBuf} written into a direct one went through
   * four throw-away NIO buffers per message, most of what the generator allocated per message.
   */
  private final byte[] fillerBytes;

  PayloadTemplate(Payload payload) {
    this.payload = payload;
    this.stampBytes = MessageStamp.length(payload.kind());
    byte[] bytes = new byte[payload.sizeBytes()];
    if (payload.kind() == PayloadKind.TEXT) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) WORDS.charAt(i % WORDS.length());
      }
    } else {
      new SplittableRandom(0x5eed).nextBytes(bytes);
    }
    this.fillerBytes = bytes;
    this.filler = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes).asReadOnly());
  }

  int sizeBytes() {
    return payload.sizeBytes();
  }

  PayloadKind kind() {
    return payload.kind();
  }

  /** A new frame stamped with {@code intendedSendNanos} and {@code id}. */
  WebSocketFrame newFrame(ByteBufAllocator alloc, long intendedSendNanos, long id) {
    int size = payload.sizeBytes();
    ByteBuf buf = alloc.buffer(size);
    MessageStamp.write(buf, payload.kind(), intendedSendNanos, id);
    buf.writeBytes(fillerBytes, stampBytes, size - stampBytes);
    return payload.kind() == PayloadKind.TEXT
        ? new TextWebSocketFrame(buf)
        : new BinaryWebSocketFrame(buf);
  }

  /**
   * The same message as a whole client frame on the wire (RFC 6455 5.2: FIN and the opcode, the
   * masked length, the mask key, the payload masked with it), for a connection that negotiated no
   * extension: written past Netty's frame encoder, a message is one buffer, with no frame object,
   * no encoder pass and no second copy of the payload.
   */
  ByteBuf newClientFrame(ByteBufAllocator alloc, long intendedSendNanos, long id, int mask) {
    int size = payload.sizeBytes();
    ByteBuf buf = alloc.buffer((size <= 125 ? 2 : size <= 0xFFFF ? 4 : 10) + 4 + size);
    buf.writeByte(0x80 | (payload.kind() == PayloadKind.TEXT ? 0x1 : 0x2));
    if (size <= 125) {
      buf.writeByte(0x80 | size);
    } else if (size <= 0xFFFF) {
      buf.writeByte(0x80 | 126);
      buf.writeShort(size);
    } else {
      buf.writeByte(0x80 | 127);
      buf.writeLong(size);
    }
    buf.writeInt(mask);
    int start = buf.writerIndex();
    MessageStamp.write(buf, payload.kind(), intendedSendNanos, id);
    buf.writeBytes(fillerBytes, stampBytes, size - stampBytes);
    // The key's bytes, in the order writeInt put them on the wire, repeat over the payload.
    long longMask = (mask & 0xFFFFFFFFL) | ((long) mask << 32);
    int i = start;
    for (int end = start + size - 7; i < end; i += 8) {
      buf.setLong(i, buf.getLong(i) ^ longMask);
    }
    for (int k = 0; i < start + size; i++, k++) {
      buf.setByte(i, buf.getByte(i) ^ (mask >>> (24 - 8 * (k & 3))));
    }
    return buf;
  }

  /** True when {@code frame} has this run's kind, length and filler. */
  boolean matches(WebSocketFrame frame) {
    boolean kindOk =
        payload.kind() == PayloadKind.TEXT
            ? frame instanceof TextWebSocketFrame
            : frame instanceof BinaryWebSocketFrame;
    ByteBuf content = frame.content();
    int size = payload.sizeBytes();
    return kindOk
        && content.readableBytes() == size
        && ByteBufUtil.equals(
            content, content.readerIndex() + stampBytes, filler, stampBytes, size - stampBytes);
  }
}
