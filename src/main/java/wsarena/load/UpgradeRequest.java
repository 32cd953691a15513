package wsarena.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The client's half of the WebSocket opening handshake, and nothing more (RFC 6455 section 4.1):
 * one GET with a fresh 16-byte key, and the answer checked for status 101, {@code Upgrade:
 * websocket}, {@code Connection: Upgrade} and the {@code Sec-WebSocket-Accept} the key asks for.
 * A storm makes thousands of handshakes a second; an HTTP codec, an aggregator and a full
 * protocol handler per connection made the client, not the server, its limit.
 *
 * <p>One per storm worker, used on its thread only (the digest and the buffers are not shared).
 *
 * <pre>{@code
 * UpgradeRequest upgrade = new UpgradeRequest(uri, random);
 * String accept = upgrade.writeTo(ch.alloc(), out);          // out: the request; accept: expected
 * int end = UpgradeRequest.headEnd(in);                       // -1 until the head is complete
 * String why = UpgradeRequest.check(head, accept);            // null: upgraded
 * }</pre>
 */
final class UpgradeRequest {
  /** RFC 6455 section 1.3: appended to the key before hashing. */
  static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  /** The longest response head a storm reads before it gives up on the server. */
  static final int MAX_HEAD_BYTES = 8192;

  private final byte[] head;
  private final byte[] tail = "\r\nSec-WebSocket-Version: 13\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private final RandomGenerator random;
  private final MessageDigest sha1;
  private final byte[] nonce = new byte[16];

  UpgradeRequest(URI uri, RandomGenerator random) {
    String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    this.head = ("GET " + path + " HTTP/1.1\r\nHost: " + host
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ").getBytes(StandardCharsets.US_ASCII);
    this.random = random;
    try {
      this.sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /**
   * A request with a fresh key, written into a buffer from {@code alloc}.
   *
   * @return the request, and the accept value its answer must carry
   */
  Request next(ByteBufAllocator alloc) {
    random.nextBytes(nonce);
    byte[] key = Base64.getEncoder().encode(nonce);
    ByteBuf out = alloc.buffer(head.length + key.length + tail.length);
    out.writeBytes(head).writeBytes(key).writeBytes(tail);
    return new Request(out, acceptFor(key));
  }

  record Request(ByteBuf bytes, String expectedAccept) {}

  /** The {@code Sec-WebSocket-Accept} value for {@code key} (its base64 text, as sent). */
  String acceptFor(byte[] key) {
    sha1.update(key);
    return Base64.getEncoder().encodeToString(sha1.digest(ACCEPT_GUID.getBytes(StandardCharsets.US_ASCII)));
  }

  /** Where the response head ends in {@code in} (the index after its blank line), or -1 when it has not yet. */
  static int headEnd(ByteBuf in) {
    int from = in.readerIndex();
    int to = in.writerIndex();
    for (int i = from + 3; i < to; i++) {
      if (in.getByte(i) == '\n' && in.getByte(i - 1) == '\r' && in.getByte(i - 2) == '\n' && in.getByte(i - 3) == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Why {@code head} (status line and headers, as received) does not complete the upgrade, or null
   * when it does.
   */
  static String check(String head, String expectedAccept) {
    String[] lines = head.split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/1.1") || !status[1].equals("101")) {
      return "the server answered the upgrade with '" + lines[0] + "', not 101 Switching Protocols";
    }
    boolean upgrade = false, connection = false;
    String accept = null;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      switch (name) {
        case "upgrade" -> upgrade = value.equalsIgnoreCase("websocket");
        case "connection" -> connection = containsToken(value, "upgrade");
        case "sec-websocket-accept" -> accept = value;
        default -> {}
      }
    }
    if (!upgrade) {
      return "the server's 101 lacks 'Upgrade: websocket'";
    }
    if (!connection) {
      return "the server's 101 lacks 'Connection: Upgrade'";
    }
    if (!expectedAccept.equals(accept)) {
      return "the server's Sec-WebSocket-Accept is " + (accept == null ? "missing" : "'" + accept + "'")
          + ", not '" + expectedAccept + "' (the value the key asks for)";
    }
    return null;
  }

  private static boolean containsToken(String value, String token) {
    for (String t : value.split(",")) {
      if (t.trim().equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }
}
