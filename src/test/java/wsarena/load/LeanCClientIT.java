package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wsarena.testsupport.TestEchoServer;

/**
 * The generator benchmark's lean C client (src/site/reference/ws-load.c, its cases c-closed,
 * c-open-RATE and c-storm) builds and measures what it says: against an echo server on loopback it
 * answers in closed loop, keeps an open-loop rate with every message sent, and completes a storm's
 * handshakes, each with its CPU per message or handshake in its JSON line. Without a C compiler the
 * benchmark leaves the cases out, and so does this test (said as skipped).
 */
@Timeout(60)
class LeanCClientIT {
  private static final Path SOURCE = Path.of("src/site/reference/ws-load.c");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path binary;

  @BeforeAll
  static void build() throws Exception {
    assumeTrue(onPath("cc"), "no C compiler (cc): the benchmark leaves its C cases out here too");
    binary = dir.resolve("ws-load");
    Process cc = new ProcessBuilder("cc", "-O2", "-Wall", "-o", binary.toString(), SOURCE.toString()).redirectErrorStream(true).start();
    String said = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(cc.waitFor()).as("cc says: %s", said).isZero();
    assertThat(said).as("compiler warnings").isEmpty();
  }

  @Test
  void closedLoopIsAnsweredAndCosted() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      JsonNode r = run(server.echoUri(), "10", "0");

      assertThat(r.get("mode").asText()).isEqualTo("closed");
      assertThat(r.get("msgsPerSecond").asDouble()).as("answers a second").isGreaterThan(100);
      assertThat(r.get("cpuMicrosPerMessage").asDouble()).isPositive();
      assertThat(r.get("notSent").asLong()).isZero();
    }
  }

  @Test
  void openLoopKeepsItsRateAndSendsEveryMessage() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      JsonNode r = run(server.echoUri(), "10", "1000");

      assertThat(r.get("mode").asText()).isEqualTo("open");
      // answers counted in the measured second: the schedule's 1,000, give or take the edges' in flight
      assertThat(r.get("msgsPerSecond").asDouble()).isBetween(800.0, 1200.0);
      assertThat(r.get("notSent").asLong()).isZero();
      assertThat(r.get("p50Millis").asDouble()).isPositive();
    }
  }

  @Test
  void aStormCompletesItsHandshakes() throws Exception {
    try (TestEchoServer server = new TestEchoServer(0, 0, false)) {
      JsonNode r = run(server.echoUri(), "4", "storm");

      assertThat(r.get("mode").asText()).isEqualTo("storm");
      assertThat(r.get("handshakesPerSecond").asDouble()).isGreaterThan(10);
      assertThat(r.get("cpuMicrosPerHandshake").asDouble()).isPositive();
      assertThat(r.get("failed").asLong()).isZero();
    }
  }

  /** One run of half a second's warm-up and one measured second; its JSON line. */
  private static JsonNode run(URI target, String connections, String rate) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "ws-load", ".json");
    Process p = new ProcessBuilder(binary.toString(), target.getHost(), String.valueOf(target.getPort()), connections, rate, "0.5", "1")
        .redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("ws-load did not end within 30 s of a 1.5 s run");
    }
    assertThat(p.exitValue()).isZero();
    return JSON.readTree(Files.readString(out));
  }

  private static boolean onPath(String command) {
    return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
  }
}
