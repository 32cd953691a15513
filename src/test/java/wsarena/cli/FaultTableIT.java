package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsarena.run.StandaloneServer;
import wsarena.run.Targets;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.testsupport.TestEchoServer;

/**
 * The fault table's first row as a user meets it on the command line: whatever keeps every
 * connection from opening ends the run with one sentence naming the cause, exit code 1, and no
 * table or progress row of zeros that would read as a measurement.
 */
@Timeout(60)
class FaultTableIT {

  private static CliResult run(String url) {
    return CliResult.of("run", "--url", url, "--connections", "3", "--warmup", "0s", "--duration", "2s");
  }

  /**
   * The run with a second for the server's handshakes, not the generator's 10 s: a server that
   * never answers one times out the same way, with the same sentence, nine seconds sooner.
   */
  private static CliResult runWaitingOneSecondForHandshakes(String url) {
    String property = "wsarena.handshakeTimeoutMillis";
    String before = System.setProperty(property, "1000");
    try {
      return run(url);
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }

  private static void assertOneSentence(CliResult r, String cause) {
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.err().strip()).startsWith("wsarena: could not connect to ").contains(cause).doesNotContain("\n")
        .doesNotContain("Exception").doesNotContain("finishConnect");
    // no summary: its table would be zeros that read as measured; no row where nothing was going on
    assertThat(r.out()).doesNotContain("outcome:").doesNotContain("msgs/s").doesNotContain("warning:");
    assertThat(r.out().lines().filter(l -> l.matches("\\s*[\\d.]+s\\s+ramp\\s+0\\s+0\\s.*"))).isEmpty();
  }

  @Test
  void nothingListening() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    assertOneSentence(
        run("ws://127.0.0.1:" + closedPort + "/echo"),
        "nothing accepts connections at 127.0.0.1:" + closedPort + ": is the server running on that port?");
  }

  /** What {@code wsarena serve} runs: an embedded engine, here in this JVM on a free port. */
  private static StandaloneServer serve() throws Exception {
    return Targets.standard()
        .serve(TargetSpec.Embedded.of("netty", ThreadingModel.EVENT_LOOP, Isolation.PROCESS), StandaloneServer.LOOPBACK, 0);
  }

  @Test
  void aPathThatIsNotAWebSocketEndpoint() throws Exception {
    try (StandaloneServer server = serve()) {
      String url = "ws://127.0.0.1:" + server.announcement().port() + "/nowhere";
      assertOneSentence(run(url), "the server answered 404 Not Found instead of 101 Switching Protocols: is /nowhere a WebSocket endpoint?");
    }
  }

  @Test
  void wssToAPlainServer() throws Exception {
    try (StandaloneServer server = serve()) {
      String url = "wss://127.0.0.1:" + server.announcement().port() + "/echo";
      assertOneSentence(run(url), "is it ws:// rather than wss://?");
    }
  }

  @Test
  void wssToAServerThatNeverAnswersTls() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      String url = server.echoUri().toString().replaceFirst("^ws:", "wss:");
      assertOneSentence(
          runWaitingOneSecondForHandshakes(url), "never answered the TLS handshake (timed out): is it ws:// rather than wss://?");
    }
  }

  @Test
  void aServerThatAcceptsButNeverAnswersTheHandshake() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      while (true) {
                        held.add(silent.accept());
                      }
                    } catch (java.io.IOException closed) {
                      // the test is over
                    }
                  });
      try {
        assertOneSentence(
            runWaitingOneSecondForHandshakes("ws://127.0.0.1:" + silent.getLocalPort() + "/echo"),
            "never answered the WebSocket handshake (timed out)");
      } finally {
        silent.close();
        acceptor.join();
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }

  @Test
  void aServerThatClosesSomeConnectionsIsToldLiveAndInTheSummaryByCause() throws Exception {
    // 4 connections at 100 messages/s each; the first and the third get a 1011 close after 100
    try (TestEchoServer server = TestEchoServer.faulty(TestEchoServer.Fault.CLOSE_1011, 2, 100)) {
      CliResult r = CliResult.of(
          "run", "--url", server.echoUri().toString(), "--connections", "4", "--rate", "400", "--warmup", "0s", "--duration", "3s");

      assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
      assertThat(r.out())
          .containsPattern("warning: at [\\d.]+ s: [12] connections? lost \\([12] server error \\(1011–1014\\)\\)")
          .contains("2 of 4 connections failed or were closed by the server (2 lost while open: 2 server error (1011–1014))")
          .contains("closed the connection with close code 1011 (\"test fault\")")
          .contains("outcome: completed");
    }
  }

  @Test
  void aServerThatAnswersWithGarbageFramesOnEveryConnectionPrintsNoTableOfZeros() throws Exception {
    // every connection's first message is answered with a frame no WebSocket allows
    try (TestEchoServer server = TestEchoServer.faulty(TestEchoServer.Fault.MALFORMED_FRAME, 1, 1)) {
      CliResult r = run(server.echoUri().toString());

      assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
      assertThat(r.err().strip()).startsWith("wsarena: ").contains("RSV != 0").doesNotContain("\n").doesNotContain("Exception");
      assertThat(r.out()).doesNotContain("msgs/s").doesNotContain("outcome:").doesNotContain("0.000   0.000");
    }
  }

  @Test
  void aRefusedRunWritesNoFolderAndNoFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    String url = "ws://127.0.0.1:" + closedPort + "/echo";
    java.nio.file.Path fresh = tmp.resolve("fresh");
    java.nio.file.Path existing = java.nio.file.Files.createDirectory(tmp.resolve("existing"));

    for (java.nio.file.Path dir : List.of(fresh, existing)) {
      CliResult r = CliResult.of("run", "--url", url, "--connections", "3", "--warmup", "0s", "--duration", "2s", "--out", dir.toString());
      assertOneSentence(r, "nothing accepts connections at 127.0.0.1:" + closedPort);
      assertThat(r.out()).doesNotContain("Files:");
    }
    assertThat(fresh).doesNotExist();
    assertThat(existing).isEmptyDirectory(); // the user's folder stays, with no header-only latency.hlog in it
  }
}
