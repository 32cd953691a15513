package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import wsarena.scenario.Payload;
import wsarena.scenario.PayloadKind;

class PayloadTemplateTest {
  private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;

  @ParameterizedTest
  @EnumSource(PayloadKind.class)
  void aMessageCarriesItsStampAndMatchesItsTemplate(PayloadKind kind) {
    PayloadTemplate t = new PayloadTemplate(new Payload(100, kind));
    WebSocketFrame f = t.newFrame(ALLOC, 123_456_789_012L, 42);
    try {
      assertThat(f.content().readableBytes()).isEqualTo(100);
      assertThat(f).isInstanceOf(kind == PayloadKind.TEXT ? TextWebSocketFrame.class : BinaryWebSocketFrame.class);
      assertThat(MessageStamp.readTime(f.content(), kind)).isEqualTo(123_456_789_012L);
      assertThat(MessageStamp.readId(f.content(), kind)).isEqualTo(42);
      assertThat(t.matches(f)).isTrue();
    } finally {
      f.release();
    }
  }

  @ParameterizedTest
  @EnumSource(PayloadKind.class)
  void aChangedByteOrLengthDoesNotMatch(PayloadKind kind) {
    PayloadTemplate t = new PayloadTemplate(new Payload(64, kind));
    WebSocketFrame f = t.newFrame(ALLOC, 1, 1);
    WebSocketFrame shorter = t.newFrame(ALLOC, 1, 1);
    try {
      f.content().setByte(60, f.content().getByte(60) ^ 0x20);
      assertThat(t.matches(f)).isFalse();
      shorter.content().writerIndex(63);
      assertThat(t.matches(shorter)).isFalse();
    } finally {
      f.release();
      shorter.release();
    }
  }

  @org.junit.jupiter.api.Test
  void textMessagesAreReadableAsciiSoAnyServerCanEchoThem() {
    PayloadTemplate t = new PayloadTemplate(new Payload(64, PayloadKind.TEXT));
    WebSocketFrame f = t.newFrame(ALLOC, 0xabcdefL, 7);
    try {
      String text = f.content().toString(StandardCharsets.US_ASCII);
      assertThat(text).matches("[0-9a-f]{32}[a-z ]{32}");
      assertThat(t.matches(new BinaryWebSocketFrame(f.content().retainedDuplicate()))).as("kind matters").isFalse();
    } finally {
      f.release();
    }
  }

  @org.junit.jupiter.api.Test
  void aTextMessageWithoutAStampIsRejected() {
    var buf = ALLOC.buffer().writeBytes("this is not a stamp at all, just text....".getBytes(StandardCharsets.US_ASCII));
    try {
      assertThatThrownBy(() -> MessageStamp.readTime(buf, PayloadKind.TEXT)).isInstanceOf(NumberFormatException.class);
    } finally {
      buf.release();
    }
  }

  /**
   * The frames the generator writes itself, read back by Netty's own server-side decoder (which
   * insists on masked frames): the same message as the frame object, at each length encoding
   * (7-bit, 16-bit, 64-bit), with a mask whose bytes differ and with the zero mask.
   */
  @ParameterizedTest
  @CsvSource({
    "TEXT, 64, 0x1234abcd", "BINARY, 64, 0x1234abcd", "TEXT, 125, -1", "TEXT, 126, 0x01020304",
    "BINARY, 70000, 0x7f00ff01", "TEXT, 64, 0", "BINARY, 67, 0x80402010"
  })
  void aWholeClientFrameDecodesToTheSameMessage(PayloadKind kind, int size, String maskText) {
    int mask = (int) Long.decode(maskText).longValue();
    PayloadTemplate t = new PayloadTemplate(new Payload(size, kind));
    EmbeddedChannel server = new EmbeddedChannel(
        new WebSocket08FrameDecoder(WebSocketDecoderConfig.newBuilder().expectMaskedFrames(true).maxFramePayloadLength(1 << 20).build()));
    WebSocketFrame expected = t.newFrame(ALLOC, 987_654_321L, 77);
    var wire = t.newClientFrame(ALLOC, 987_654_321L, 77, mask);
    try {
      assertThat(wire.getByte(1) & 0x80).as("masked").isEqualTo(0x80);
      assertThat(server.writeInbound(wire)).isTrue();
      WebSocketFrame got = server.readInbound();
      try {
        assertThat(got).isInstanceOf(expected.getClass());
        assertThat(got.isFinalFragment()).isTrue();
        assertThat(got.content()).isEqualTo(expected.content());
        assertThat(t.matches(got)).isTrue();
        assertThat((Object) server.readInbound()).as("one frame, nothing left over").isNull();
      } finally {
        got.release();
      }
    } finally {
      expected.release();
      server.finishAndReleaseAll();
    }
  }
}
