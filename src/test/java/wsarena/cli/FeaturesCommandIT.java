package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsarena.peers.PeerKind;
import wsarena.peers.PeerOptions;
import wsarena.peers.PythonPeer;
import wsarena.probe.Feature;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureReportJson;
import wsarena.probe.SelfSignedPem;
import wsarena.probe.Verdict;

/**
 * {@code wsarena features} as a user runs it: the table, the JSON file, and one line per mistake.
 */
@Timeout(60)
class FeaturesCommandIT {

  private static CliResult features(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "features";
    System.arraycopy(args, 0, line, 1, args.length);
    return CliResult.of(line);
  }

  @Test
  void probesAUrlPrintsTheTableAndWritesJson(@TempDir Path dir) throws Exception {
    var missing = PythonPeer.missingRequirement(PeerKind.TORNADO);
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElseThrow());
    Path json = dir.resolve("features.json");
    CliResult outcome;
    try (PythonPeer peer = PythonPeer.start(PeerKind.TORNADO, 0)) {
      outcome = features("--url", peer.uri("/echo").toString(), "--out", json.toString());
    }

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out())
        .containsPattern("feature +result +detail")
        .containsPattern("TLS +not tried +not tried: a plain ws:// URL")
        .containsPattern("permessage-deflate +yes +server answered 'permessage-deflate")
        .containsPattern("largest message echoed +yes +echoed 16 MiB")
        .contains("Wrote " + json);
    FeatureReport report = FeatureReportJson.read(Files.readString(json));
    assertThat(report.results()).hasSize(Feature.values().length);
    assertThat(report.result(Feature.CLOSE_HANDSHAKE).verdict()).isEqualTo(Verdict.YES);
  }

  @Test
  void insecureTrustsAnyCertificateAndSaysSoOnStderr(@TempDir Path dir) throws Exception {
    var missing = PythonPeer.missingRequirement(PeerKind.TORNADO);
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElseThrow());
    SelfSignedPem pem = SelfSignedPem.writeTo(dir);
    CliResult outcome;
    try (PythonPeer peer =
        PythonPeer.start(PeerKind.TORNADO, PeerOptions.port(0).withTls(pem.files()))) {
      outcome = features("--url", peer.uri("/echo").toString(), "--insecure");
    }

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err())
        .startsWith("WARNING: --insecure: the server's certificate is not verified");
    assertThat(outcome.out())
        .containsPattern("TLS +yes +TLSv1\\.\\d, .*; certificate NOT verified \\(--insecure\\)");
  }

  @Test
  void probesAnEmbeddedEngineOverItsOwnPinnedTls() {
    CliResult outcome = features("--engine", "netty", "--model", "event-loop");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("Features of Netty ")
        .contains(" event-loop (in this process) at wss://127.0.0.1:")
        .containsPattern(
            "TLS +yes +TLSv1\\.3, .*; certificate matches the pinned SHA-256 fingerprint")
        .containsPattern("close handshake \\(1000\\) +yes");
  }

  @Test
  void anUnreachableUrlIsOneLineAndExitStatusOne() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CliResult outcome = features("--url", "ws://127.0.0.1:" + closedPort + "/echo");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err())
        .isEqualTo(
            "wsarena: cannot probe ws://127.0.0.1:"
                + closedPort
                + "/echo: nothing accepts connections at 127.0.0.1:"
                + closedPort
                + ": is the server running on that port?"
                + System.lineSeparator());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|give either --url or --engine (with --model)",
        "--url ws://127.0.0.1:1/echo --engine undertow|give either --url or --engine (with"
            + " --model)",
        "--url http://127.0.0.1:1/echo|Invalid value for option '--url': 'http://127.0.0.1:1/echo' must"
            + " start with ws:// or wss://",
        "--url ws://127.0.0.1:1/echo --model event-loop|--model goes with --engine, not with --url",
        "--url wss://127.0.0.1:1/echo --insecure --fingerprint 00|choose --insecure or"
            + " --fingerprint, not both",
        "--url wss://127.0.0.1:1/echo --fingerprint 00|--fingerprint: a SHA-256 fingerprint is 64"
            + " hex digits (colons allowed), not '00'",
        "--url ws://127.0.0.1:1/echo --timeout 0s|--timeout must be longer than zero, e.g. 5s",
        "--engine no-such-engine|unknown engine 'no-such-engine'",
        "--engine undertow --model nonsense|Invalid value for option '--model': unknown threading model 'nonsense'",
        "--engine undertow --model virtual-threads|Undertow 2.4.4.Final has no threading model"
            + " 'virtual-threads' (it offers event-loop, multi-reactor, reactor-workers)",
        "--engine undertow --insecure|--insecure and --fingerprint are for --url targets",
      })
  void badInputIsOneSentenceAndExitStatusTwo(String args, String message) {
    CliResult outcome = features(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.out()).isEmpty();
    // the sentence, and for a flag picocli could not read, where to look ("see 'wsarena features --help'")
    assertThat(outcome.err().lines().toList()).hasSizeLessThanOrEqualTo(2);
    assertThat(outcome.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith("wsarena: " + message));
  }
}
