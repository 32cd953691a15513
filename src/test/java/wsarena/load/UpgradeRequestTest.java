package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The storm's lean handshake: what RFC 6455 asks of a client, checked byte for byte. */
class UpgradeRequestTest {
  private final UpgradeRequest upgrade = new UpgradeRequest(URI.create("ws://127.0.0.1:8080/echo?x=1"), new SplittableRandom(7));

  @Test
  void theAcceptValueIsTheOneOfTheRfcExample() {
    // RFC 6455 section 1.3
    assertThat(upgrade.acceptFor("dGhlIHNhbXBsZSBub25jZQ==".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
  }

  @Test
  void eachRequestCarriesAFreshSixteenByteKeyAndTheHeadersAServerNeeds() {
    UpgradeRequest.Request first = upgrade.next(UnpooledByteBufAllocator.DEFAULT);
    UpgradeRequest.Request second = upgrade.next(UnpooledByteBufAllocator.DEFAULT);
    String text = first.bytes().toString(StandardCharsets.US_ASCII);
    String key = text.replaceAll("(?s).*Sec-WebSocket-Key: ([^\r]*)\r\n.*", "$1");

    assertThat(text).startsWith("GET /echo?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n").endsWith("\r\n\r\n")
        .contains("\r\nUpgrade: websocket\r\n", "\r\nConnection: Upgrade\r\n", "\r\nSec-WebSocket-Version: 13\r\n");
    assertThat(Base64.getDecoder().decode(key)).hasSize(16);
    assertThat(first.expectedAccept()).isEqualTo(upgrade.acceptFor(key.getBytes(StandardCharsets.US_ASCII)));
    assertThat(second.expectedAccept()).isNotEqualTo(first.expectedAccept());
    first.bytes().release();
    second.bytes().release();
  }

  @Test
  void theHeadEndsAfterItsBlankLineAndNotBefore() {
    ByteBuf partial = Unpooled.copiedBuffer("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n", StandardCharsets.US_ASCII);
    ByteBuf whole = Unpooled.copiedBuffer("HTTP/1.1 101 OK\r\n\r\n\u0088\u0000", StandardCharsets.ISO_8859_1);

    assertThat(UpgradeRequest.headEnd(partial)).isEqualTo(-1);
    assertThat(UpgradeRequest.headEnd(whole)).isEqualTo(19);
  }

  @Test
  void onlyA101WithUpgradeConnectionAndTheRightAcceptCompletesTheUpgrade() {
    String accept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
    String good = "HTTP/1.1 101 Switching Protocols\r\nupgrade: WebSocket\r\nConnection: keep-alive, Upgrade\r\n"
        + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n";

    assertThat(UpgradeRequest.check(good, accept)).isNull();
    assertThat(UpgradeRequest.check("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", accept))
        .contains("'HTTP/1.1 404 Not Found'", "not 101");
    assertThat(UpgradeRequest.check(good.replace("upgrade: WebSocket\r\n", ""), accept)).contains("Upgrade: websocket");
    assertThat(UpgradeRequest.check(good.replace("keep-alive, Upgrade", "keep-alive"), accept)).contains("Connection: Upgrade");
    assertThat(UpgradeRequest.check(good, "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")).contains("'" + accept + "'", "not 'AAAA");
    assertThat(UpgradeRequest.check(good.replace("Sec-WebSocket-Accept: " + accept + "\r\n", ""), accept)).contains("missing");
  }
}
