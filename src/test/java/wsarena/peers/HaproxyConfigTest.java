package wsarena.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HaproxyConfigTest {
  private final HaproxyConfig config = new HaproxyConfig(40000, List.of(41001, 41002));

  @Test
  void listensOnLoopbackOnlyAndPassesUpgradesToEveryInstance() {
    String text = config.text();
    assertThat(text).contains("mode http").contains("timeout tunnel");
    assertThat(text.lines().filter(l -> l.strip().startsWith("bind ")).toList()).containsExactly("    bind 127.0.0.1:40000");
    assertThat(text.lines().filter(l -> l.strip().startsWith("server ")).toList())
        .containsExactly("    server instance1 127.0.0.1:41001", "    server instance2 127.0.0.1:41002");
  }

  @Test
  void noInstanceIsRefused() {
    assertThatThrownBy(() -> new HaproxyConfig(40000, List.of())).hasMessageContaining("at least one instance");
  }

  /** HAProxy itself reads the file as valid, where it is installed (.ci/run installs it). */
  @Test
  void haproxyAcceptsIt(@TempDir Path dir) throws Exception {
    assumeTrue(Balancer.missingRequirement().isEmpty(), "HAProxy is not installed");
    Path file = dir.resolve("haproxy.cfg");
    Files.writeString(file, config.text());
    Process check = new ProcessBuilder(Balancer.HAPROXY.toString(), "-c", "-f", file.toString()).redirectErrorStream(true).start();
    String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(check.exitValue()).as(out).isZero();
  }
}
