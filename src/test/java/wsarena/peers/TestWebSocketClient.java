package wsarena.peers;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small WebSocket client for tests (the JDK's {@link WebSocket}): whole messages, text or binary,
 * arrive in a queue in order, and the close code the server sent is kept.
 */
final class TestWebSocketClient implements AutoCloseable {
  /** A whole message as received. */
  sealed interface Message {
    record Text(String text) implements Message {}

    record Binary(byte[] bytes) implements Message {}
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final WebSocket socket;
  private final BlockingQueue<Message> received;
  private final CompletableFuture<Integer> closeCode;

  private TestWebSocketClient(
      WebSocket socket, BlockingQueue<Message> received, CompletableFuture<Integer> closeCode) {
    this.socket = socket;
    this.received = received;
    this.closeCode = closeCode;
  }

  static TestWebSocketClient connect(URI uri) throws Exception {
    BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    WebSocket socket =
        HTTP.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(uri, new Collector(received, closeCode))
            .get(5, TimeUnit.SECONDS);
    return new TestWebSocketClient(socket, received, closeCode);
  }

  void sendText(String text) throws Exception {
    socket.sendText(text, true).get(5, TimeUnit.SECONDS);
  }

  void sendBinary(byte[] bytes) throws Exception {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).get(5, TimeUnit.SECONDS);
  }

  /** The next whole message, or null after five seconds. */
  Message next() throws InterruptedException {
    return received.poll(5, TimeUnit.SECONDS);
  }

  /** The code of the server's close frame, once one came. */
  CompletableFuture<Integer> closeCode() {
    return closeCode;
  }

  @Override
  public void close() {
    socket.abort();
  }

  /** Joins partial frames into whole messages; requests one frame at a time. */
  private static final class Collector implements WebSocket.Listener {
    private final BlockingQueue<Message> received;
    private final CompletableFuture<Integer> closeCode;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

    Collector(BlockingQueue<Message> received, CompletableFuture<Integer> closeCode) {
      this.received = received;
      this.closeCode = closeCode;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        received.add(new Message.Text(text.toString()));
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      binary.writeBytes(chunk);
      if (last) {
        received.add(new Message.Binary(binary.toByteArray()));
        binary.reset();
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closeCode.completeExceptionally(error);
    }
  }
}
