package wsarena.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FileLimitTest {

  @Test
  void readsTheSoftLimitOfTheOpenFilesLine() {
    String limits =
        """
        Limit                     Soft Limit           Hard Limit           Units
        Max processes             95594                95594                processes
        Max open files            20000                40000                files
        Max locked memory         8388608              8388608              bytes
        """;

    assertThat(FileLimit.parse(limits)).isEqualTo(OptionalLong.of(20_000));
    assertThat(FileLimit.parse("Max open files            unlimited            unlimited            files\n")).isEmpty();
    assertThat(FileLimit.parse("")).isEmpty();
  }

  @Test
  void thisProcessHasOne() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/limits")), "Linux /proc");

    OptionalLong limit = FileLimit.openFiles();
    assertThat(limit).isPresent();
    assertThat(limit.getAsLong()).isPositive();
  }
}
