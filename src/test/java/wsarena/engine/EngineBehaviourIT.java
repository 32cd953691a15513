package wsarena.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wsarena.engine.support.MessageLimits;
import wsarena.testsupport.WsTestClient;
import wsarena.testsupport.WsTestClient.Message;

/** What every engine promises in every model, checked with real servers and a real client. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EngineBehaviourIT {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final int[] SIZES = {0, 1, 125, 126, 65_535, 65_536, 1024 * 1024};

  static List<EngineCase> cases() {
    return EngineCase.all().toList();
  }

  @Test
  void theCatalogListsEveryEngine() {
    assertThat(EngineCatalog.standard().ids()).containsAll(EngineCase.expectedEngineIds());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void echoesTextAndBinaryOfSeveralSizes(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options());
        WsTestClient client = WsTestClient.connect(server.uri("/echo"))) {
      for (int size : SIZES) {
        String text = text(size);
        client.sendText(text);
        Message echo = client.next(WAIT);
        assertThat(echo.text()).as("text echo of %d bytes is text", size).isTrue();
        assertThat(echo.asText()).as("text echo of %d bytes", size).isEqualTo(text);

        byte[] binary = bytes(size);
        client.sendBinary(binary);
        Message binaryEcho = client.next(WAIT);
        assertThat(binaryEcho.text()).as("binary echo of %d bytes is binary", size).isFalse();
        assertThat(binaryEcho.data()).as("binary echo of %d bytes", size).isEqualTo(binary);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void echoesTheLargestMessageWeAdvertise(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options());
        WsTestClient client = WsTestClient.connect(server.uri("/echo"))) {
      byte[] data = bytes(MessageLimits.MAX_MESSAGE_BYTES);
      client.sendBinary(data);
      assertThat(client.next(WAIT).data()).isEqualTo(data);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void echoesAFragmentedMessageAsOneMessage(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options());
        WsTestClient client = WsTestClient.connect(server.uri("/echo"))) {
      // "é" is two bytes in UTF-8: the first fragment ends in the middle of it.
      byte[] utf8 = "fragments joined: é and more".getBytes(StandardCharsets.UTF_8);
      int split = "fragments joined: ".length() + 1;
      client.sendFragmented(
          true,
          Arrays.copyOfRange(utf8, 0, split),
          Arrays.copyOfRange(utf8, split, 22),
          Arrays.copyOfRange(utf8, 22, utf8.length));
      Message text = client.next(WAIT);
      assertThat(text.text()).isTrue();
      assertThat(text.asText()).isEqualTo("fragments joined: é and more");

      byte[] a = bytes(70_000);
      byte[] b = bytes(3);
      byte[] whole = concat(a, b);
      client.sendFragmented(false, a, b);
      Message binary = client.next(WAIT);
      assertThat(binary.text()).isFalse();
      assertThat(binary.data()).isEqualTo(whole);
      assertThat(client.poll(Duration.ofMillis(200))).as("one echo per message").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void refusesTextThatIsNotUtf8(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options());
        WsTestClient client = WsTestClient.connect(server.uri("/echo"))) {
      // 0xC3 starts a two-byte character that never ends: RFC 6455 says fail the connection.
      client.sendFragmented(true, new byte[] {'o', 'k', (byte) 0xC3});
      client.closed().get(5, TimeUnit.SECONDS);
      assertThat(client.poll(Duration.ofMillis(100))).as("no echo of invalid text").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void echoesManyMessagesInTheOrderSent(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options());
        WsTestClient client = WsTestClient.connect(server.uri("/echo"))) {
      int count = 500;
      for (int i = 0; i < count; i++) {
        client.sendText("message " + i);
      }
      for (int i = 0; i < count; i++) {
        assertThat(client.next(WAIT).asText()).isEqualTo("message " + i);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void broadcastsEveryMessageToEveryConnectionIncludingTheSender(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options())) {
      List<WsTestClient> clients = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          clients.add(WsTestClient.connect(server.uri("/broadcast")));
        }
        awaitAllSubscribed(clients);

        clients.get(0).sendText("to everyone");
        for (WsTestClient client : clients) {
          Message m = client.next(WAIT);
          assertThat(m.text()).isTrue();
          assertThat(m.asText()).isEqualTo("to everyone");
        }
        byte[] data = bytes(10_000);
        clients.get(2).sendBinary(data);
        for (WsTestClient client : clients) {
          Message m = client.next(WAIT);
          assertThat(m.text()).isFalse();
          assertThat(m.data()).isEqualTo(data);
        }
        for (WsTestClient client : clients) {
          assertThat(client.poll(Duration.ofMillis(100))).as("exactly one copy each").isEmpty();
        }
      } finally {
        clients.forEach(WsTestClient::close);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void broadcastsFromSeveralSendersAtOnceWithoutLosingAMessage(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options())) {
      List<WsTestClient> clients = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          clients.add(WsTestClient.connect(server.uri("/broadcast")));
        }
        awaitAllSubscribed(clients);
        int perSender = 100;
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < clients.size(); s++) {
          WsTestClient sender = clients.get(s);
          String tag = "from " + s + " #";
          senders.add(
              Thread.ofPlatform()
                  .name("test-sender-" + s)
                  .start(
                      () -> {
                        for (int i = 0; i < perSender; i++) {
                          sender.sendText(tag + i);
                        }
                      }));
        }
        for (Thread sender : senders) {
          sender.join();
        }
        for (WsTestClient client : clients) {
          List<String> got = new ArrayList<>();
          for (int i = 0; i < perSender * clients.size(); i++) {
            got.add(client.next(WAIT).asText());
          }
          for (int s = 0; s < clients.size(); s++) {
            String tag = "from " + s + " #";
            assertThat(got.stream().filter(m -> m.startsWith(tag)).toList())
                .as("each sender's messages arrive once each and in its order")
                .containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, perSender).mapToObj(i -> tag + i).toList());
          }
        }
      } finally {
        clients.forEach(WsTestClient::close);
      }
    }
  }

  /**
   * A client's handshake can complete a moment before the server lists it as a subscriber: send
   * markers until each client has seen one, then forget them. The last marker says it is the last:
   * one sender's messages reach each subscriber in the order sent, so once a client has it, no
   * older marker is still on its way (no fixed wait for stragglers).
   */
  private static void awaitAllSubscribed(List<WsTestClient> clients) throws Exception {
    List<Boolean> seen = new ArrayList<>(List.of(false, false, false));
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              clients.get(0).sendText("marker");
              for (int i = 0; i < clients.size(); i++) {
                if (clients.get(i).poll(Duration.ofMillis(20)).isPresent()) {
                  seen.set(i, true);
                }
              }
              return !seen.contains(false);
            });
    clients.get(0).sendText("last marker");
    for (WsTestClient client : clients) {
      while (!client.next(WAIT).asText().equals("last marker")) {
        // drop the markers
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void servesWssWithACertificateTheClientPins(EngineCase c) throws Exception {
    EngineOptions options = new EngineOptions(c.model(), EngineOptions.LOOPBACK, 0, 0, true, false);
    try (RunningServer server = c.engine().start(options)) {
      assertThat(server.tls()).isTrue();
      assertThat(server.uri("/echo").getScheme()).isEqualTo("wss");
      String pin = server.certificateSha256().orElseThrow();
      assertThat(pin).matches("[0-9a-f]{64}");

      try (WsTestClient client =
          WsTestClient.connect(server.uri("/echo"), Optional.of(pin), false)) {
        byte[] data = bytes(200_000);
        client.sendBinary(data);
        assertThat(client.next(WAIT).data()).isEqualTo(data);
        client.sendText("over tls");
        assertThat(client.next(WAIT).asText()).isEqualTo("over tls");
      }
      String otherPin = "0".repeat(64);
      assertThatThrownBy(
              () -> WsTestClient.connect(server.uri("/echo"), Optional.of(otherPin), false))
          .as("a client pinning another certificate must refuse this server")
          .hasStackTraceContaining("not the pinned one");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachTlsServerHasItsOwnCertificate(EngineCase c) throws Exception {
    EngineOptions options = new EngineOptions(c.model(), EngineOptions.LOOPBACK, 0, 0, true, false);
    try (RunningServer first = c.engine().start(options);
        RunningServer second = c.engine().start(options)) {
      assertThat(first.certificateSha256()).isNotEqualTo(second.certificateSha256());
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void plainServersHaveNoCertificate(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options())) {
      assertThat(server.tls()).isFalse();
      assertThat(server.certificateSha256()).isEmpty();
      assertThat(server.uri("/echo").getScheme()).isEqualTo("ws");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void negotiatesPermessageDeflateOnlyWhenSwitchedOn(EngineCase c) throws Exception {
    String compressible = "abcdefgh".repeat(8_192);
    for (boolean on : new boolean[] {true, false}) {
      EngineOptions options = new EngineOptions(c.model(), EngineOptions.LOOPBACK, 0, 0, false, on);
      try (RunningServer server = c.engine().start(options);
          WsTestClient client = WsTestClient.connect(server.uri("/echo"), Optional.empty(), true)) {
        String extensions = client.handshakeHeaders().get("Sec-WebSocket-Extensions");
        if (on) {
          assertThat(extensions).as("compression on").contains("permessage-deflate");
        } else {
          assertThat(extensions).as("compression off").isNull();
        }
        client.sendText(compressible);
        assertThat(client.next(WAIT).asText()).isEqualTo(compressible);
        byte[] data = bytes(300_000);
        client.sendBinary(data);
        assertThat(client.next(WAIT).data()).isEqualTo(data);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void compressesOverTlsToo(EngineCase c) throws Exception {
    EngineOptions options = new EngineOptions(c.model(), EngineOptions.LOOPBACK, 0, 0, true, true);
    try (RunningServer server = c.engine().start(options);
        WsTestClient client =
            WsTestClient.connect(server.uri("/echo"), server.certificateSha256(), true)) {
      assertThat(client.handshakeHeaders().get("Sec-WebSocket-Extensions"))
          .contains("permessage-deflate");
      String text = "wss and deflate ".repeat(1000);
      client.sendText(text);
      assertThat(client.next(WAIT).asText()).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aPortInUseGivesOneClearSentence(EngineCase c) throws Exception {
    try (ServerSocket taken =
        new ServerSocket(0, 50, InetAddress.getByName(EngineOptions.LOOPBACK))) {
      int port = taken.getLocalPort();
      ThreadSnapshot before = ThreadSnapshot.take();
      EngineOptions options = EngineOptions.loopback(c.model(), port);
      assertThatThrownBy(() -> c.engine().start(options))
          .isInstanceOf(EngineException.class)
          .hasMessage(EngineException.portInUse(EngineOptions.LOOPBACK, port, null).getMessage());
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(before.newSince())
                      .as("a failed start leaves no server thread behind")
                      .filteredOn(t -> t.getName().startsWith(ServerEngine.SERVER_THREAD_PREFIX))
                      .isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void listensOnTheIpv6LoopbackToo(EngineCase c) throws Exception {
    InetAddress ipv6 = InetAddress.getByName("::1");
    try (ServerSocket probe = new ServerSocket(0, 1, ipv6)) {
      // the machine has an IPv6 loopback
    } catch (java.io.IOException e) {
      Assumptions.abort("no IPv6 loopback here: " + e.getMessage());
    }
    EngineOptions options = new EngineOptions(c.model(), "::1", 0, 0, false, false);
    try (RunningServer server = c.engine().start(options);
        WsTestClient client =
            WsTestClient.connect(URI.create("ws://[::1]:" + server.port() + "/echo"))) {
      client.sendText("over ::1");
      assertThat(client.next(WAIT).asText()).isEqualTo("over ::1");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void anAddressOfAnotherMachineGivesOneClearSentence(EngineCase c) {
    // 192.0.2.1 is TEST-NET-1: never assigned to a local interface.
    EngineOptions options = new EngineOptions(c.model(), "192.0.2.1", 0, 0, false, false);
    assertThatThrownBy(() -> c.engine().start(options).close())
        .isInstanceOf(EngineException.class)
        .hasMessageEndingWith(
            "cannot listen on 192.0.2.1: it is not an address of this machine (use 127.0.0.1, ::1"
                + " or 0.0.0.0)");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void closeFreesThePortClosesConnectionsAndEndsTheThreads(EngineCase c) throws Exception {
    ThreadSnapshot before = ThreadSnapshot.take();
    RunningServer server = c.engine().start(c.options());
    int port = server.port();
    assertThat(port).isPositive();
    WsTestClient client = WsTestClient.connect(server.uri("/echo"));
    client.sendText("before close");
    assertThat(client.next(WAIT).asText()).isEqualTo("before close");

    long startNanos = System.nanoTime();
    server.close();
    assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(3));
    server.close(); // a second close is harmless

    client.closed().get(5, TimeUnit.SECONDS);
    // close() waits for the pools to terminate; a thread may still be a moment away from its end.
    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () ->
                assertThat(before.newSince())
                    .as("no server thread outlives close()")
                    .filteredOn(t -> t.getName().startsWith(ServerEngine.SERVER_THREAD_PREFIX))
                    .isEmpty());
    try (RunningServer again = c.engine().start(EngineOptions.loopback(c.model(), port));
        WsTestClient second = WsTestClient.connect(again.uri("/echo"))) {
      assertThat(again.port()).isEqualTo(port);
      second.sendText("same port");
      assertThat(second.next(WAIT).asText()).isEqualTo("same port");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyServerThreadCarriesThePrefix(EngineCase c) throws Exception {
    ThreadSnapshot before = ThreadSnapshot.take();
    EngineOptions options = new EngineOptions(c.model(), EngineOptions.LOOPBACK, 0, 3, true, true);
    try (RunningServer server = c.engine().start(options)) {
      List<WsTestClient> clients = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          clients.add(
              WsTestClient.connect(
                  server.uri(i % 2 == 0 ? "/echo" : "/broadcast"),
                  server.certificateSha256(),
                  true));
        }
        for (WsTestClient client : clients) {
          client.sendText("hello");
          client.next(WAIT);
        }
        Set<Thread> created = before.newSince();
        assertThat(created).as("the server started threads").isNotEmpty();
        assertThat(created)
            .extracting(Thread::getName)
            .allSatisfy(name -> assertThat(name).startsWith(ServerEngine.SERVER_THREAD_PREFIX));
      } finally {
        clients.forEach(WsTestClient::close);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void unknownPathsAreRefused(EngineCase c) throws Exception {
    try (RunningServer server = c.engine().start(c.options())) {
      assertThatThrownBy(() -> WsTestClient.connect(server.uri("/nowhere")).close())
          .as("only /echo and /broadcast are served")
          .isNotNull();
    }
  }

  static String text(int size) {
    // Mostly ASCII with a two-byte character now and then, so multi-byte UTF-8 is covered.
    StringBuilder sb = new StringBuilder(size);
    Random random = new Random(size);
    int bytes = 0;
    while (bytes < size) {
      if (size - bytes >= 2 && random.nextInt(50) == 0) {
        sb.append('é');
        bytes += 2;
      } else {
        sb.append((char) ('a' + random.nextInt(26)));
        bytes++;
      }
    }
    return sb.toString();
  }

  static byte[] bytes(int size) {
    byte[] data = new byte[size];
    new Random(size * 31L).nextBytes(data);
    return data;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
