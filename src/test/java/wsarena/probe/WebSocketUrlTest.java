package wsarena.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebSocketUrlTest {
  @Test
  void acceptsWsAndWssUrls() {
    assertThat(WebSocketUrl.parse("ws://127.0.0.1:8080/echo"))
        .isEqualTo(URI.create("ws://127.0.0.1:8080/echo"));
    assertThat(WebSocketUrl.parse(" WSS://example.org/chat?room=1 "))
        .isEqualTo(URI.create("WSS://example.org/chat?room=1"));
  }

  @Test
  void anEmptyPathBecomesTheRoot() {
    assertThat(WebSocketUrl.parse("ws://127.0.0.1:8080"))
        .isEqualTo(URI.create("ws://127.0.0.1:8080/"));
  }

  @Test
  void otherSchemesAreRefusedWithAnExample() {
    assertThatThrownBy(() -> WebSocketUrl.parse("http://127.0.0.1:8080/echo"))
        .hasMessage(
            "'http://127.0.0.1:8080/echo' is not a ws:// or wss:// URL (e.g."
                + " ws://127.0.0.1:8080/echo)");
  }

  @Test
  void garbageAndMissingHostsAreRefused() {
    assertThatThrownBy(() -> WebSocketUrl.parse("ws://exa mple/echo"))
        .hasMessageStartingWith("'ws://exa mple/echo' is not a URL");
    assertThatThrownBy(() -> WebSocketUrl.parse("ws:///echo"))
        .hasMessageStartingWith("'ws:///echo' names no host");
  }
}
