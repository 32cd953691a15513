package wsarena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import wsarena.testsupport.WsTestClient;

/** Real messages through a server, so its handlers run and its threads show themselves. */
public final class Traffic {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private Traffic() {}

  /**
   * Opens {@code connections} clients on {@code /echo} (and one on {@code /broadcast}), each sends
   * {@code messages} text and binary messages and checks every echo, then all close.
   */
  public static void exchange(RunningServer server, int connections, int messages)
      throws Exception {
    List<WsTestClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < connections; i++) {
        clients.add(WsTestClient.connect(server.uri("/echo"), server.certificateSha256(), false));
      }
      WsTestClient broadcast =
          WsTestClient.connect(server.uri("/broadcast"), server.certificateSha256(), false);
      clients.add(broadcast);
      for (int m = 0; m < messages; m++) {
        for (WsTestClient client : clients) {
          client.sendText("m" + m);
          client.sendBinary(new byte[] {(byte) m, 1, 2, 3});
        }
        for (WsTestClient client : clients) {
          assertThat(client.next(WAIT).asText()).isEqualTo("m" + m);
          assertThat(client.next(WAIT).data()).containsExactly((byte) m, 1, 2, 3);
        }
      }
    } finally {
      clients.forEach(WsTestClient::close);
    }
  }
}
