package wsarena.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerKindTest {
  @Test
  void aRunningServerIsNamedWithTheVersionItReported() {
    assertThat(PeerKind.TORNADO.nameWithVersion("tornado/6.2")).isEqualTo("Tornado 6.2 (Python)");
    assertThat(PeerKind.AUTOBAHN.nameWithVersion("autobahn/22.7.1")).isEqualTo("Autobahn|Twisted 22.7 (Python)");
    assertThat(PeerKind.TORNADO.nameWithVersion(null)).isEqualTo("Tornado (Python)");
  }
}
