package wsarena.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PythonServerTest {
  @Test
  void eachLibraryIsOfferedOnCPythonAndOnPyPyUnderItsOwnName() {
    assertThat(PythonServer.all().stream().map(PythonServer::id))
        .containsExactly("tornado", "autobahn", "tornado-pypy", "autobahn-pypy");
    assertThat(PythonServer.fromId("Tornado-PyPy")).isEqualTo(new PythonServer(PeerKind.TORNADO, PythonRuntime.PYPY));
    assertThat(PythonServer.fromId("autobahn").runtime()).isEqualTo(PythonRuntime.CPYTHON);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> PythonServer.fromId("tornado-jython"))
        .hasMessage("unknown peer 'tornado-jython' (known: tornado, autobahn, tornado-pypy, autobahn-pypy)");
  }

  @Test
  void theSystemPythonKeepsItsShortNameAndPyPySaysItsVersion() {
    assertThat(PythonServer.fromId("tornado").runtimeLabel()).isEqualTo("Python");
    String pypy = PythonServer.fromId("tornado-pypy").runtimeLabel();
    // "PyPy 7.3.11" where pypy3 is installed, "PyPy" where it is not
    assertThat(pypy).matches("PyPy( \\d+\\.\\d+\\.\\d+)?");
    assertThat(PeerKind.TORNADO.nameWithVersion("tornado/6.2", "PyPy 7.3.11")).isEqualTo("Tornado 6.2 (PyPy 7.3.11)");
  }

  @Test
  void aMissingPyPySaysWhichPackageBringsIt() {
    assertThat(PythonRuntime.PYPY.installHint()).isEqualTo("PyPy is not installed: apt-get install pypy3");
  }
}
