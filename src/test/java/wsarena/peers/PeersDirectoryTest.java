package wsarena.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeersDirectoryTest {
  @AfterEach
  void clearProperty() {
    System.clearProperty(PeersDirectory.PROPERTY);
  }

  @Test
  void findsSrcPeersFromTheProjectRoot() throws Exception {
    assertThat(PeersDirectory.locate()).isEqualTo(Path.of("src", "peers").toAbsolutePath());
  }

  @Test
  void theSystemPropertyWinsWhenItHoldsTheScripts(@TempDir Path dir) throws Exception {
    for (PeerKind kind : PeerKind.values()) {
      Files.writeString(dir.resolve(kind.script()), "# stand-in\n");
    }
    System.setProperty(PeersDirectory.PROPERTY, dir.toString());
    assertThat(PeersDirectory.locate()).isEqualTo(dir.toAbsolutePath().normalize());
  }

  @Test
  void aPropertyNamingAFolderWithoutTheScriptsIsAnError(@TempDir Path dir) {
    System.setProperty(PeersDirectory.PROPERTY, dir.toString());
    assertThatThrownBy(PeersDirectory::locate)
        .isInstanceOf(PeerException.class)
        .hasMessageContaining(
            "does not hold the peer scripts (tornado_server.py, autobahn_server.py)");
  }

  @Test
  void looksBesideTheJarAndInTheProjectItWasBuiltIn() {
    // Classes load from target/classes here, so target/peers and src/peers are the fallbacks.
    assertThat(PeersDirectory.candidates())
        .contains(
            Path.of("target", "peers").toAbsolutePath(), Path.of("src", "peers").toAbsolutePath());
  }
}
