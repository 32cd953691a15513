package wsarena.peers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a peer script prints once it listens, e.g. {@code wsarena-peer listening port=43123
 * pid=1234 library=tornado/6.2 tls=false}; the HAProxy script prints the same, naming HAProxy's
 * pid.
 *
 * @param library e.g. {@code tornado/6.2}; null when the line has none
 */
record ListeningLine(int port, long pid, String library, boolean tls) {
  private static final Pattern LINE =
      Pattern.compile("^wsarena-peer listening port=(\\d+) pid=(\\d+)(?: library=(\\S+))?(?: tls=(true|false))?");

  static Optional<ListeningLine> parse(String line) {
    Matcher m = LINE.matcher(line);
    return m.find()
        ? Optional.of(
            new ListeningLine(
                Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), m.group(3), "true".equals(m.group(4))))
        : Optional.empty();
  }

  ListeningLine withLibrary(String fallback) {
    return library == null ? new ListeningLine(port, pid, fallback, tls) : this;
  }
}
