package wsarena.engine.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.junit.jupiter.api.Test;
import wsarena.engine.support.MessageLimits;

class TextPartsTest {

  @Test
  void anUnfragmentedMessageIsPassedOnAsItIs() {
    TextParts parts = new TextParts();
    String message = "hello";

    assertThat(parts.add(null, message, true)).containsSame(message);
  }

  @Test
  void partsMakeOneMessageAtTheLastAndTheNextStartsAfresh() {
    TextParts parts = new TextParts();

    assertThat(parts.add(null, "Hel", false)).isEmpty();
    assertThat(parts.add(null, "lo, ", false)).isEmpty();
    assertThat(parts.add(null, "world", true)).contains("Hello, world");
    assertThat(parts.add(null, "next", true)).contains("next");
  }

  @Test
  void countsUtf8BytesAsTheEncoderDoes() {
    for (String s : new String[] {"", "ascii", "κόσμε", "\u20ac", "\ud83d\ude00 smile"}) {
      assertThat(TextParts.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void aFragmentedMessageUpToTheLimitIsWhole() {
    TextParts parts = new TextParts();
    String half = "x".repeat(MessageLimits.MAX_MESSAGE_BYTES / 2);

    assertThat(parts.add(null, half, false)).isEmpty();
    Optional<String> whole = parts.add(null, half, true);
    assertThat(whole).hasValueSatisfying(w -> assertThat(w).hasSize(MessageLimits.MAX_MESSAGE_BYTES));
  }

  @Test
  void aFragmentedMessagePastTheLimitClosesWith1009AndItsLastPartsAreDropped() {
    List<Integer> closes = new ArrayList<>();
    Session session =
        (Session) Proxy.newProxyInstance(
            Session.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && args != null && args.length == 3) {
                closes.add((Integer) args[0]);
              }
              return null;
            });
    TextParts parts = new TextParts();
    String half = "x".repeat(MessageLimits.MAX_MESSAGE_BYTES / 2);

    assertThat(parts.add(session, half, false)).isEmpty();
    assertThat(parts.add(session, half, false)).isEmpty();
    assertThat(parts.add(session, "one byte too many", false)).isEmpty();
    assertThat(closes).containsExactly(StatusCode.MESSAGE_TOO_LARGE);
    assertThat(parts.add(session, "rest", true)).isEmpty();
    assertThat(parts.add(session, "a new message", true)).contains("a new message");
  }
}
