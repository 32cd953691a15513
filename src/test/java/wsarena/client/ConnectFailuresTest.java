package wsarena.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.ssl.NotSslRecordException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The sentences for a failed connection, which the load generator and the feature probe once wrote
 * each their own way ("nothing accepts connections at ..." against "connection refused").
 */
class ConnectFailuresTest {
  private static final URI URL = URI.create("wss://127.0.0.1:8443/echo");

  private static <T extends Throwable> T causedBy(T t, Throwable cause) {
    t.initCause(cause);
    return t;
  }

  @Test
  void aClosedPortOrAnUnknownHostSaysWhatToCheck() {
    assertThat(ConnectFailures.describe(new ConnectException("Connection refused"), URL))
        .isEqualTo("nothing accepts connections at 127.0.0.1:8443: is the server running on that port?");
    assertThat(ConnectFailures.describe(new ConnectException("No route to host"), URL))
        .isEqualTo("cannot connect to 127.0.0.1:8443: No route to host");
    assertThat(ConnectFailures.describe(new ConnectTimeoutException("connection timed out"), URL))
        .isEqualTo("connecting to 127.0.0.1:8443 timed out: is the server up and reachable?");
    assertThat(ConnectFailures.describe(new UnknownHostException("nowhere.invalid"), URI.create("ws://nowhere.invalid/echo")))
        .isEqualTo("the host 'nowhere.invalid' is unknown: check the URL");
  }

  @Test
  void anHttpAnswerInsteadOfTheUpgradeGivesItsStatus() {
    var notFound = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND);
    var refused = new WebSocketClientHandshakeException("Invalid handshake response getStatus: 404 Not Found", notFound);

    assertThat(ConnectFailures.describe(refused, URL))
        .isEqualTo("the server answered 404 Not Found instead of 101 Switching Protocols: is /echo a WebSocket endpoint?");
    assertThat(ConnectFailures.refused("404 Not Found", URL)).isEqualTo(ConnectFailures.describe(refused, URL));
  }

  @Test
  void aHandshakeThatTimesOutIsNotCalledARefusal() {
    var timedOut = new WebSocketClientHandshakeException("handshake timed out");

    assertThat(ConnectFailures.describe(timedOut, URL))
        .isEqualTo("the server at 127.0.0.1:8443 accepted the connection but never answered the WebSocket handshake"
            + " (timed out): is wss://127.0.0.1:8443/echo a WebSocket endpoint?")
        .doesNotContain("rejected");
    assertThat(ConnectFailures.describe(new io.netty.handler.ssl.SslHandshakeTimeoutException("handshake timed out after 10000ms"), URL))
        .isEqualTo("the server at 127.0.0.1:8443 never answered the TLS handshake (timed out): is it ws:// rather than wss://?");
  }

  @Test
  void certificateProblemsNameTheCertificateNotTheHandshake() {
    var mismatch = causedBy(new SSLHandshakeException("handshake failed"), new CertificatePin.Mismatch("ab".repeat(32)));
    var untrusted =
        causedBy(new SSLHandshakeException("handshake failed"), new CertificateException("PKIX path building failed"));

    assertThat(ConnectFailures.describe(mismatch, URL))
        .isEqualTo("the server's certificate is not the pinned one (its SHA-256 fingerprint is " + "ab".repeat(32) + ")");
    assertThat(ConnectFailures.describe(untrusted, URL))
        .isEqualTo("the certificate of 127.0.0.1:8443 is not signed by an authority this JVM trusts (self-signed?)");
    assertThat(ConnectFailures.isUntrusted(untrusted)).isTrue();
    assertThat(ConnectFailures.isUntrusted(mismatch)).isFalse();
    assertThat(ConnectFailures.isTls(mismatch)).isTrue();
    assertThat(ConnectFailures.describe(new NotSslRecordException("not an SSL/TLS record"), URL))
        .isEqualTo("the server at 127.0.0.1:8443 did not answer in TLS: is it ws:// rather than wss://?");
  }

  @Test
  void theDefaultPortFollowsTheScheme() {
    assertThat(ClientTls.port(URI.create("wss://example.org/echo"))).isEqualTo(443);
    assertThat(ClientTls.port(URI.create("ws://example.org/echo"))).isEqualTo(80);
    assertThat(ClientTls.port(URL)).isEqualTo(8443);
  }
}
