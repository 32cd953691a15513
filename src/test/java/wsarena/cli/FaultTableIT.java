package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

  private static void assertOneSentence(CliResult r, String cause) {
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.err().strip()).startsWith("wsarena: could not connect to ").contains(cause).doesNotContain("\n")
        .doesNotContain("Exception").doesNotContain("finishConnect");
    // the progress header and a summary would be lines of zeros: only "starting the target..." is left
    assertThat(r.out().strip()).isEqualTo("starting the target...");
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

  @Test
  void aPathThatIsNotAWebSocketEndpoint() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      String url = server.echoUri().resolve("/nowhere").toString();
      assertOneSentence(run(url), "instead of 101 Switching Protocols: is /nowhere a WebSocket endpoint?");
    }
  }

  @Test
  void wssToAPlainServer() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      String url = server.echoUri().toString().replaceFirst("^ws:", "wss:");
      assertOneSentence(run(url), "did not answer in TLS: is it ws:// rather than wss://?");
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
            run("ws://127.0.0.1:" + silent.getLocalPort() + "/echo"),
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
}
