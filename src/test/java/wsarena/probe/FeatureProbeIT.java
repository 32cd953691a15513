package wsarena.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wsarena.client.TlsTrust;
import wsarena.peers.PeerKind;
import wsarena.peers.PeerOptions;
import wsarena.peers.PythonPeer;

/**
 * The feature probe against the Python servers (ws:// and wss://), against a server that limits
 * message size, and against nothing at all. Each report is printed, so the build log shows the
 * tables.
 */
@Timeout(90)
class FeatureProbeIT {
  private static final int MIB = 1024 * 1024;
  private static final ProbeOptions DEFAULTS = ProbeOptions.defaults(TlsTrust.system());

  static void assumeRunnable(PeerKind kind) {
    var missing = PythonPeer.missingRequirement(kind);
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElseThrow());
  }

  private static FeatureReport probe(URI uri, ProbeOptions options, String label)
      throws InterruptedException {
    FeatureReport report = new FeatureProbe(options).probe(uri, label);
    System.out.print(FeatureTable.render(report));
    return report;
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void aPythonPeerEchoesEverythingUpTo16MiBAndChoosesNoSubprotocol(PeerKind kind) throws Exception {
    assumeRunnable(kind);
    FeatureReport report;
    try (PythonPeer peer = PythonPeer.start(kind, 0)) {
      report = probe(peer.uri("/echo"), DEFAULTS, kind.displayName() + " peer " + peer.library());
    }

    assertThat(report.unreachable()).isEmpty();
    // over ws:// TLS is not tried, never "no": the same server may serve wss:// when started with it
    assertThat(report.result(Feature.TLS))
        .isEqualTo(FeatureResult.unknown(Feature.TLS, TlsCheck.NOT_TRIED));
    assertThat(report.result(Feature.PERMESSAGE_DEFLATE).verdict()).isEqualTo(Verdict.YES);
    assertThat(report.result(Feature.PERMESSAGE_DEFLATE).detail())
        .startsWith("server answered 'permessage-deflate")
        .endsWith("a compressed 8 KiB text message echoed intact");
    assertThat(report.result(Feature.SUBPROTOCOL))
        .isEqualTo(
            FeatureResult.no(
                Feature.SUBPROTOCOL, "offered 'wsarena.v1, chat'; the server chose none"));
    FeatureResult largest = report.result(Feature.LARGEST_MESSAGE);
    assertThat(largest.verdict()).isEqualTo(Verdict.YES);
    assertThat(largest.bytes()).isEqualTo(16L * MIB);
    assertThat(largest.detail()).matches("echoed 16 MiB \\(round trip \\d+\\.\\d+ m?s\\)");
    assertThat(report.result(Feature.FRAGMENTED_MESSAGE))
        .isEqualTo(
            FeatureResult.yes(
                Feature.FRAGMENTED_MESSAGE,
                "a text message of 3 KiB sent as 3 frames came back whole"));
    assertThat(report.result(Feature.PING_PONG).verdict()).isEqualTo(Verdict.YES);
    assertThat(report.result(Feature.PING_PONG).detail())
        .startsWith("pong with the same 16-byte payload after ");
    assertThat(report.result(Feature.CLOSE_HANDSHAKE))
        .isEqualTo(
            FeatureResult.yes(
                Feature.CLOSE_HANDSHAKE,
                "sent 1000; the server answered 1000 and closed the connection"));
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void aPeerOverTlsIsTrustedByItsPinnedFingerprint(PeerKind kind, @TempDir Path dir)
      throws Exception {
    assumeRunnable(kind);
    SelfSignedPem pem = SelfSignedPem.writeTo(dir);
    // Up to 1 MiB keeps TLS through Python quick; the plain test covers 16 MiB.
    ProbeOptions pinned =
        new ProbeOptions(Duration.ofSeconds(5), TlsTrust.pinned(pem.sha256()), MIB);
    FeatureReport report;
    try (PythonPeer peer = PythonPeer.start(kind, PeerOptions.port(0).withTls(pem.files()))) {
      assertThat(peer.uri("/echo").getScheme()).isEqualTo("wss");
      report = probe(peer.uri("/echo"), pinned, kind.displayName() + " peer over TLS");
    }

    assertThat(report.result(Feature.TLS).verdict()).isEqualTo(Verdict.YES);
    assertThat(report.result(Feature.TLS).detail())
        .startsWith("TLSv1.")
        .endsWith("certificate matches the pinned SHA-256 fingerprint");
    for (Feature feature :
        EnumSet.of(
            Feature.PERMESSAGE_DEFLATE,
            Feature.LARGEST_MESSAGE,
            Feature.FRAGMENTED_MESSAGE,
            Feature.PING_PONG,
            Feature.CLOSE_HANDSHAKE)) {
      assertThat(report.result(feature).verdict()).as(feature.title()).isEqualTo(Verdict.YES);
    }
    assertThat(report.result(Feature.LARGEST_MESSAGE).bytes()).isEqualTo(MIB);
  }

  @Test
  void anUntrustedCertificateFailsTlsAndLeavesTheRestUntried(@TempDir Path dir) throws Exception {
    assumeRunnable(PeerKind.TORNADO);
    SelfSignedPem pem = SelfSignedPem.writeTo(dir);
    String otherFingerprint = "00".repeat(32);
    FeatureReport systemTrust;
    FeatureReport wrongPin;
    int port;
    try (PythonPeer peer =
        PythonPeer.start(PeerKind.TORNADO, PeerOptions.port(0).withTls(pem.files()))) {
      port = peer.port();
      systemTrust = probe(peer.uri("/echo"), DEFAULTS, "self-signed, JDK trust store");
      wrongPin =
          probe(
              peer.uri("/echo"),
              ProbeOptions.defaults(TlsTrust.pinned(otherFingerprint)),
              "self-signed, another pin");
    }

    assertThat(systemTrust.result(Feature.TLS))
        .isEqualTo(
            FeatureResult.no(
                Feature.TLS,
                "the certificate of 127.0.0.1:" + port
                    + " is not signed by an authority this JVM trusts (self-signed?): pin it with"
                    + " --fingerprint, or skip the check with --insecure"));
    assertThat(systemTrust.unreachable()).contains(systemTrust.result(Feature.TLS).detail());
    assertThat(systemTrust.results())
        .filteredOn(r -> r.feature() != Feature.TLS)
        .hasSize(6)
        .allSatisfy(
            r ->
                assertThat(r)
                    .isEqualTo(
                        FeatureResult.unknown(
                            r.feature(), "not tried: could not open a WebSocket")));
    assertThat(wrongPin.result(Feature.TLS))
        .isEqualTo(
            FeatureResult.no(
                Feature.TLS,
                "the server's certificate is not the pinned one (its SHA-256 fingerprint is "
                    + pem.sha256() + ")"));
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void aServerThatSpeaksAnOfferedSubprotocolIsSeenChoosingIt(PeerKind kind) throws Exception {
    assumeRunnable(kind);
    FeatureReport report;
    try (PythonPeer peer =
        PythonPeer.start(kind, PeerOptions.port(0).withSubprotocols(java.util.List.of("mqtt", "chat")))) {
      report = probe(peer.uri("/echo"), DEFAULTS, kind.displayName() + " peer speaking mqtt, chat");
    }
    // the probe offers wsarena.v1 first, then chat: the server's only match is chat
    assertThat(report.result(Feature.SUBPROTOCOL))
        .isEqualTo(
            FeatureResult.yes(
                Feature.SUBPROTOCOL, "offered 'wsarena.v1, chat'; the server chose 'chat'"));
    assertThat(report.result(Feature.CLOSE_HANDSHAKE).verdict()).isEqualTo(Verdict.YES);
  }

  @Test
  void wssToAPlainServerSaysItDidNotAnswerInTls() throws Exception {
    assumeRunnable(PeerKind.TORNADO);
    FeatureReport report;
    try (PythonPeer peer = PythonPeer.start(PeerKind.TORNADO, 0)) {
      report =
          probe(
              URI.create("wss://127.0.0.1:" + peer.port() + "/echo"),
              ProbeOptions.defaults(TlsTrust.any()).withTimeout(Duration.ofSeconds(1)),
              "plain server, wss:// URL");
    }
    assertThat(report.result(Feature.TLS).verdict()).isEqualTo(Verdict.NO);
    assertThat(report.result(Feature.TLS).detail())
        .isEqualTo("no TLS answer within 1 s (is the server ws:// rather than wss://?)");
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void aSmallerMessageLimitShowsAsTheLargestEchoAndTheServersCloseCode(PeerKind kind)
      throws Exception {
    assumeRunnable(kind);
    FeatureReport report;
    try (PythonPeer peer =
        PythonPeer.start(kind, PeerOptions.port(0).withMaxMessageBytes(64 * 1024))) {
      report = probe(peer.uri("/echo"), DEFAULTS, kind.displayName() + " peer, 64 KiB limit");
    }
    FeatureResult largest = report.result(Feature.LARGEST_MESSAGE);
    assertThat(largest.verdict()).isEqualTo(Verdict.NO);
    assertThat(largest.bytes()).isEqualTo(64 * 1024);
    // Whether the close frame arrives before the reset depends on timing: the server closes while
    // the client still sends the 128 KiB message.
    assertThat(largest.detail())
        .matches("echoed 64 KiB; 128 KiB: the server (sent close 1009 '.*'|reset the connection)");
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void aPathThatIsNotAWebSocketGivesTheHttpStatus(PeerKind kind) throws Exception {
    assumeRunnable(kind);
    FeatureReport report;
    try (PythonPeer peer = PythonPeer.start(kind, 0)) {
      report = probe(peer.uri("/no-such-path"), DEFAULTS, kind.displayName() + " peer, wrong path");
    }
    assertThat(report.unreachable())
        .hasValue(
            "the server answered 404 Not Found instead of 101 Switching Protocols: is /no-such-path"
                + " a WebSocket endpoint?");
    assertThat(report.result(Feature.PING_PONG).verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aClosedPortIsReportedAsRefusedAndNothingElseIsTried() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    FeatureReport report =
        probe(URI.create("ws://127.0.0.1:" + closedPort + "/echo"), DEFAULTS, "nothing");

    assertThat(report.unreachable())
        .hasValue(
            "nothing accepts connections at 127.0.0.1:" + closedPort + ": is the server running on that port?");
    assertThat(report.result(Feature.TLS)).isEqualTo(FeatureResult.unknown(Feature.TLS, TlsCheck.NOT_TRIED));
    assertThat(report.results())
        .filteredOn(r -> r.verdict() == Verdict.UNKNOWN)
        .extracting(FeatureResult::feature)
        .containsExactly(
            Feature.TLS,
            Feature.PERMESSAGE_DEFLATE,
            Feature.SUBPROTOCOL,
            Feature.LARGEST_MESSAGE,
            Feature.FRAGMENTED_MESSAGE,
            Feature.PING_PONG,
            Feature.CLOSE_HANDSHAKE);
  }
}
