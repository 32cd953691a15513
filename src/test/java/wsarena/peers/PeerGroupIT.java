package wsarena.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wsarena.scenario.Balance;
import wsarena.testsupport.ProcSockets;
import wsarena.testsupport.WsTestClient;

/**
 * A Python server as several instances behind HAProxy or on one shared port, and on PyPy: each
 * echoes, every process is counted, and none outlives {@link PeerGroup#close}.
 */
@Timeout(90)
class PeerGroupIT {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @ParameterizedTest
  @EnumSource(value = Balance.class, names = {"HAPROXY", "REUSE_PORT"})
  void twoTornadoInstancesEchoThroughOnePortAndEndWithTheGroup(Balance balance) throws Exception {
    PythonPeerIT.assumeRunnable(PeerKind.TORNADO);
    if (balance == Balance.HAPROXY) {
      assumeTrue(Balancer.missingRequirement().isEmpty(), () -> Balancer.missingRequirement().orElseThrow());
    }
    List<ProcessHandle> processes = new ArrayList<>();
    try (PeerGroup group = PeerGroup.start(PeerKind.TORNADO, PeerOptions.port(0), 2, balance)) {
      assertThat(group.instances()).hasSize(2);
      assertThat(group.pids()).hasSize(balance == Balance.HAPROXY ? 3 : 2).doesNotHaveDuplicates();
      assertThat(group.balancerPid().isPresent()).isEqualTo(balance == Balance.HAPROXY);
      group.pids().forEach(pid -> processes.add(ProcessHandle.of(pid).orElseThrow()));
      assertThat(group.description())
          .matches(balance == Balance.HAPROXY
              ? "Tornado \\d+\\.\\d+ \\(Python\\) · 2 instances behind HAProxy [\\d.]+ \\(pids \\d+, \\d+; HAProxy \\d+\\)"
              : "Tornado \\d+\\.\\d+ \\(Python\\) · 2 instances sharing one port \\(SO_REUSEPORT\\) \\(pids \\d+, \\d+\\)");

      // Connections are spread over the instances: each instance holds some of them. Tornado's
      // answer does not say which instance served it, so the instances' own sockets are counted.
      List<WsTestClient> clients = new ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          WsTestClient client = WsTestClient.connect(group.uri("/echo"));
          clients.add(client);
          client.sendText("hello " + i);
          assertThat(client.next(WAIT).asText()).isEqualTo("hello " + i);
        }
        Set<Long> serving = new HashSet<>();
        for (PythonPeer instance : group.instances()) {
          if (ProcSockets.established(instance.pid()) > 0) {
            serving.add(instance.pid());
          }
        }
        if (balance == Balance.HAPROXY) {
          // leastconn: each new connection goes to the instance holding fewer
          assertThat(serving).as("both instances hold connections").hasSize(2);
        } else {
          // the kernel hashes each connection to a socket: 8 connections all on one has odds of 1 in 128
          assertThat(serving).as("instances holding connections").isNotEmpty();
        }
      } finally {
        clients.forEach(WsTestClient::close);
      }
    }
    for (ProcessHandle p : processes) {
      assertThat(p.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("pid " + p.pid() + " outlived its group").isFalse();
    }
  }

  @Test
  void aPeerOnPyPyEchoesAndSaysSo() throws Exception {
    PythonPeerIT.assumeRunnable(PeerKind.AUTOBAHN);
    var missing = PythonPeer.missingRequirement(PeerKind.AUTOBAHN, PythonRuntime.PYPY.path());
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElseThrow());
    try (PythonPeer peer = PythonPeer.start(PeerKind.AUTOBAHN, PeerOptions.port(0).withPython(PythonRuntime.PYPY.path()));
        WsTestClient client = WsTestClient.connect(peer.uri("/echo"))) {
      assertThat(peer.interpreter().isPyPy()).isTrue();
      assertThat(peer.name()).matches("Autobahn\\|Twisted \\d+\\.\\d+ \\(PyPy \\d+\\.\\d+\\.\\d+\\)");
      client.sendText("on the JIT");
      assertThat(client.next(WAIT).asText()).isEqualTo("on the JIT");
    }
  }

  @Test
  void moreInstancesThanOneNeedABalancer() {
    assertThatThrownBy(() -> PeerGroup.start(PeerKind.TORNADO, PeerOptions.port(0), 2, Balance.DIRECT))
        .isInstanceOf(PeerException.class)
        .hasMessageContaining("--balance haproxy or reuse-port");
    assertThatThrownBy(() -> PeerGroup.start(PeerKind.TORNADO, PeerOptions.port(0), 17, Balance.HAPROXY))
        .hasMessageContaining("not between 1 and 16");
  }
}
