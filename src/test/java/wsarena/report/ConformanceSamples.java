package wsarena.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import wsarena.conformance.ConformanceJson;
import wsarena.conformance.ConformanceSummary;

/**
 * A real verdict of the suite, as {@code conformance.json} holds it: seven cases its fuzzing client
 * ran against Netty's event loop before the close handling was mended (4 OK, 1 non-strict, 1
 * informational, 1 failed), read from the trimmed report in the conformance tests' fixtures.
 */
final class ConformanceSamples {
  private ConformanceSamples() {}

  static ConformanceSummary nettyBeforeTheMend() {
    try {
      Path file = Path.of(ConformanceSamples.class.getResource("conformance.json").toURI());
      return ConformanceJson.read(file).targets().getFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
