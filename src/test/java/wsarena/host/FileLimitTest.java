package wsarena.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FileLimitTest {

  @Test
  void readsTheSoftLimitOnOpenFiles() {
    String limits = """
        Limit                     Soft Limit           Hard Limit           Units
        Max processes             94520                94520                processes
        Max open files            4096                 524288               files
        Max locked memory         8388608              8388608              bytes
        """;
    assertThat(FileLimit.parse(limits)).isEqualTo(OptionalLong.of(4096));
    assertThat(FileLimit.parse("Max open files            unlimited            unlimited            files")).isEmpty();
    assertThat(FileLimit.parse("")).isEmpty();
  }

  @Test
  void thisProcessHasOneOnLinux() {
    if (Files.isReadable(Path.of("/proc/self/limits"))) {
      assertThat(FileLimit.openFiles()).isPresent();
      assertThat(FileLimit.openFiles().getAsLong()).isPositive();
    } else {
      assertThat(FileLimit.openFiles()).isEmpty();
    }
  }
}
