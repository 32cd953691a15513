package wsarena.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wsarena.testsupport.WsTestClient;

/** The Python servers, started as child processes on loopback, serving /echo and /broadcast. */
@Timeout(60)
class PythonPeerIT {
  private static final Duration WAIT = Duration.ofSeconds(5);

  /** Skips only where the machine lacks Python or the library; .ci/run installs both. */
  static void assumeRunnable(PeerKind kind) {
    var missing = PythonPeer.missingRequirement(kind);
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void echoesTextAndBinaryUnchanged(PeerKind kind) throws Exception {
    assumeRunnable(kind);
    try (PythonPeer peer = PythonPeer.start(kind, 0);
        WsTestClient client = WsTestClient.connect(peer.uri("/echo"))) {
      assertThat(peer.port()).isPositive();
      assertThat(peer.library()).startsWith(kind.id() + "/");

      client.sendText("hello wsarena, grüße ✓");
      WsTestClient.Message text = client.next(WAIT);
      assertThat(text.text()).isTrue();
      assertThat(text.asText()).isEqualTo("hello wsarena, grüße ✓");

      byte[] bytes = new byte[300];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) i;
      }
      client.sendBinary(bytes);
      WsTestClient.Message binary = client.next(WAIT);
      assertThat(binary.text()).isFalse();
      assertThat(binary.data()).isEqualTo(bytes);
    }
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void broadcastsEachMessageToEveryOpenConnectionIncludingTheSender(PeerKind kind)
      throws Exception {
    assumeRunnable(kind);
    try (PythonPeer peer = PythonPeer.start(kind, 0)) {
      List<WsTestClient> clients = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          clients.add(WsTestClient.connect(peer.uri("/broadcast")));
        }
        clients.get(1).sendText("fan-out from client 1");
        for (WsTestClient client : clients) {
          assertThat(client.next(WAIT).asText()).isEqualTo("fan-out from client 1");
        }
        byte[] bytes = "binary fan-out".getBytes(StandardCharsets.US_ASCII);
        clients.get(2).sendBinary(bytes);
        for (WsTestClient client : clients) {
          WsTestClient.Message binary = client.next(WAIT);
          assertThat(binary.text()).isFalse();
          assertThat(binary.data()).isEqualTo(bytes);
        }
      } finally {
        clients.forEach(WsTestClient::close);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void stopsCleanlyClosingOpenConnectionsWithGoingAway(PeerKind kind) throws Exception {
    assumeRunnable(kind);
    PythonPeer peer = PythonPeer.start(kind, 0);
    try (WsTestClient client = WsTestClient.connect(peer.uri("/echo"))) {
      client.sendText("still here");
      assertThat(client.next(WAIT).asText()).isEqualTo("still here");

      peer.close();

      assertThat(peer.exitStatus()).hasValue(0);
      assertThat(peer.isAlive()).isFalse();
      assertThat(client.closeCode().get(5, TimeUnit.SECONDS)).isEqualTo(1001);
    } finally {
      peer.close();
    }
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void aPortInUseIsReportedInOneSentence(PeerKind kind) throws Exception {
    assumeRunnable(kind);
    try (PythonPeer first = PythonPeer.start(kind, 0)) {
      assertThatThrownBy(() -> PythonPeer.start(kind, first.port()))
          .isInstanceOf(PeerException.class)
          .hasMessageContaining("peer did not start")
          .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port())
          .hasMessageContaining("in use");
    }
  }

  @ParameterizedTest
  @EnumSource(PeerKind.class)
  void aMissingLibrarySaysWhatToInstall(PeerKind kind, @TempDir Path dir) throws Exception {
    assumeRunnable(kind);
    // The system Python without its site packages (-S) lacks Tornado, Autobahn and Twisted alike.
    Path bare = dir.resolve("python3-without-site-packages");
    Files.writeString(bare, "#!/bin/sh\nexec " + PythonPeer.DEFAULT_PYTHON + " -S \"$@\"\n");
    Files.setPosixFilePermissions(bare, PosixFilePermissions.fromString("rwx------"));
    System.setProperty(PythonPeer.PYTHON_PROPERTY, bare.toString());
    try {
      assertThat(PythonPeer.missingRequirement(kind)).contains(kind.installHint());
      assertThatThrownBy(() -> PythonPeer.start(kind, 0))
          .isInstanceOf(PeerException.class)
          .hasMessageContaining("is not installed: apt-get install python3-" + kind.id());
    } finally {
      System.clearProperty(PythonPeer.PYTHON_PROPERTY);
    }
  }

  @Test
  void aMissingInterpreterSaysWhatToInstall(@TempDir Path dir) {
    System.setProperty(PythonPeer.PYTHON_PROPERTY, dir.resolve("no-python-here").toString());
    try {
      assertThat(PythonPeer.missingRequirement(PeerKind.TORNADO))
          .hasValueSatisfying(m -> assertThat(m).contains("apt-get install python3"));
      assertThatThrownBy(() -> PythonPeer.start(PeerKind.TORNADO, 0))
          .isInstanceOf(PeerException.class)
          .hasMessageContaining("no-python-here is missing");
    } finally {
      System.clearProperty(PythonPeer.PYTHON_PROPERTY);
    }
  }

  @Test
  void aPeerWhoseInterpreterIsNotInstalledSaysWhichPackageBringsIt(@TempDir Path dir) {
    assertThat(PythonPeer.missingRequirement(PeerKind.TORNADO, dir.resolve("pypy3")))
        .hasValueSatisfying(m -> assertThat(m).contains("pypy3 is missing or not executable"));
    if (!java.nio.file.Files.isExecutable(PythonRuntime.PYPY.path())) {
      assertThat(PythonPeer.missingRequirement(PeerKind.TORNADO, PythonRuntime.PYPY.path()))
          .hasValueSatisfying(m -> assertThat(m).contains("apt-get install pypy3"));
    }
  }

  @Test
  void aPeerEndsWhenItsStdinEndsAsWhenTheJvmThatStartedItIsKilled() throws Exception {
    assumeRunnable(PeerKind.TORNADO);
    // the script as a run starts it, its stdin a pipe this test holds, then closes as a killed JVM would
    Process script =
        new ProcessBuilder(
                PythonPeer.DEFAULT_PYTHON.toString(), PeersDirectory.locate().resolve(PeerKind.TORNADO.script()).toString(),
                "--port", "0", "--exit-with-stdin")
            .redirectErrorStream(true)
            .start();
    try {
      String line = new java.io.BufferedReader(new java.io.InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertThat(line).startsWith("wsarena-peer listening port=");
      assertThat(script.isAlive()).isTrue();

      script.getOutputStream().close();

      assertThat(script.waitFor(20, TimeUnit.SECONDS)).as("the server ended with its stdin").isTrue();
      assertThat(script.exitValue()).isZero();
    } finally {
      script.destroyForcibly();
    }
  }
}
