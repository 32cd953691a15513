package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ServeCommandIT {

  @Test
  void aPortInUseIsOneSentenceAndExitCodeOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      CliResult r = CliResult.of("serve", "--engine", "undertow", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(r.exitCode()).isEqualTo(Main.EXIT_FAILED);
      assertThat(r.err().strip())
          .startsWith("wsarena: port " + taken.getLocalPort())
          .contains("already in use")
          .doesNotContain("Exception")
          .doesNotContain("\n");
    }
  }

  @Test
  void aModelTheEngineLacksIsBadInput() {
    CliResult r = CliResult.of("serve", "--engine", "undertow", "--model", "virtual-threads", "--port", "0");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "wsarena: Undertow 2.4.4.Final has no threading model 'virtual-threads' (it offers"
                + " event-loop, multi-reactor, reactor-workers)");
  }

  @Test
  void enginesListsEveryEngineAndModelWithItsThreading() {
    CliResult r = CliResult.of("engines");

    assertThat(r.exitCode()).isZero();
    // each line names the target as shootout --targets takes it
    assertThat(r.out()).contains("undertow:event-loop").contains("undertow:reactor-workers").contains("I/O thread")
        .contains("tornado").contains("autobahn");
  }
}
