package wsarena.run;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line {@code wsarena serve} prints on stdout once it accepts connections, which is how a run
 * learns the port (asked as 0) and the certificate of a target in its own process:
 * {@code wsarena-serve listening port=43121 pid=5120 sha256=9f86d0...}.
 */
public record ServeAnnouncement(int port, long pid, String certificateSha256) {
  private static final String PREFIX = "wsarena-serve listening";
  private static final Pattern LINE =
      Pattern.compile("^" + PREFIX + " port=(\\d+) pid=(\\d+)(?: sha256=([0-9a-f]{64}))?\\s*$");

  public String format() {
    return PREFIX + " port=" + port + " pid=" + pid + (certificateSha256 == null ? "" : " sha256=" + certificateSha256);
  }

  public static Optional<ServeAnnouncement> parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ServeAnnouncement(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
  }
}
