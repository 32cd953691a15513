package wsarena.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** {@code --url} and {@code --insecure}: a server outside wsarena ({@code run}, {@code features}). */
final class UrlTarget {
  @Option(names = "--url", paramLabel = "URL", descriptionKey = "url")
  URI url;

  @Option(names = "--insecure", descriptionKey = "insecure")
  boolean insecure;
}
