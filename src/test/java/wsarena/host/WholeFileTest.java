package wsarena.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result file is replaced whole or left as it was: never half-written. */
class WholeFileTest {

  @Test
  void replacesTheFileAndLeavesNoPartBehind(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(file, "old");

    WholeFile.writeString(file, "new");

    assertThat(file).hasContent("new");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void aWriterThatFailsHalfwayLeavesTheOldFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(file, "{\"complete\": true}");

    assertThatThrownBy(
            () ->
                WholeFile.write(
                    file,
                    out -> {
                      out.write("{\"half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(file).hasContent("{\"complete\": true}");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }
}
