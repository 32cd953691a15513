package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
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
}
