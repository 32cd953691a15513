package wsarena.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Reads a {@code ws://} or {@code wss://} URL typed by a person, with a sentence when it is not
 * one.
 */
public final class WebSocketUrl {
  private WebSocketUrl() {}

  /** The URL, or an {@link IllegalArgumentException} whose message is one sentence for the user. */
  public static URI parse(String text) {
    String example = " (e.g. ws://127.0.0.1:8080/echo)";
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not a URL" + example);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("ws") && !scheme.equals("wss")) {
      throw new IllegalArgumentException("'" + text + "' is not a ws:// or wss:// URL" + example);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("'" + text + "' names no host" + example);
    }
    if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
      return uri.resolve("/");
    }
    return uri;
  }
}
