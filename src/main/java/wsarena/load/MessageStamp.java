package wsarena.load;

import io.netty.buffer.ByteBuf;
import wsarena.scenario.PayloadKind;

/**
 * The head of every message: its intended send time ({@link System#nanoTime()}) and its id.
 *
 * <p>Binary messages carry both as two big-endian longs (16 bytes); text messages as 32 lowercase
 * hex digits, so a text frame stays valid UTF-8 and any compliant server can echo it. The server only
 * echoes, so the client that sent a message reads its own clock back: no clock sync is needed.
 */
final class MessageStamp {
  static final int BINARY_BYTES = 16;
  static final int TEXT_BYTES = 32;
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private MessageStamp() {}

  static int length(PayloadKind kind) {
    return kind == PayloadKind.TEXT ? TEXT_BYTES : BINARY_BYTES;
  }

  static void write(ByteBuf out, PayloadKind kind, long intendedSendNanos, long id) {
    if (kind == PayloadKind.BINARY) {
      out.writeLong(intendedSendNanos);
      out.writeLong(id);
    } else {
      writeHex(out, intendedSendNanos);
      writeHex(out, id);
    }
  }

  /** The send time at the head of {@code in} (reader index untouched). */
  static long readTime(ByteBuf in, PayloadKind kind) {
    int at = in.readerIndex();
    return kind == PayloadKind.BINARY ? in.getLong(at) : readHex(in, at);
  }

  /** The id at the head of {@code in} (reader index untouched). */
  static long readId(ByteBuf in, PayloadKind kind) {
    int at = in.readerIndex();
    return kind == PayloadKind.BINARY ? in.getLong(at + 8) : readHex(in, at + 16);
  }

  private static void writeHex(ByteBuf out, long value) {
    for (int shift = 60; shift >= 0; shift -= 4) {
      out.writeByte(HEX[(int) (value >>> shift) & 0xF]);
    }
  }

  /** Parses 16 hex digits; throws {@link NumberFormatException} on anything else. */
  private static long readHex(ByteBuf in, int at) {
    long value = 0;
    for (int i = 0; i < 16; i++) {
      int c = in.getByte(at + i);
      int digit =
          c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (digit < 0) {
        throw new NumberFormatException("not a wsarena stamp");
      }
      value = (value << 4) | digit;
    }
    return value;
  }
}
