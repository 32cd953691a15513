package wsarena.load;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import java.net.BindException;
import java.util.Locale;
import wsarena.metrics.ConnectFailure;

/**
 * Sorts what Netty and the JDK throw when a connection attempt fails into its {@link
 * ConnectFailure cause}. The JDK and Netty's native transport raise the same errno under several
 * exception types, so the kernel's own words ({@code Connection refused}, {@code Cannot assign
 * requested address}) decide where a type does not.
 */
final class FailureCauses {
  private FailureCauses() {}

  static ConnectFailure of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (text.contains("too many open files")) {
        return ConnectFailure.OUT_OF_FILES;
      }
      // EADDRNOTAVAIL: no free ephemeral port; EADDRINUSE: the bound port is taken or in TIME_WAIT
      if (text.contains("cannot assign requested address") || text.contains("address already in use") || t instanceof BindException) {
        return ConnectFailure.OUT_OF_PORTS;
      }
      if (text.contains("connection refused")) {
        return ConnectFailure.REFUSED;
      }
      if (text.contains("connection reset") || text.contains("broken pipe")) {
        return ConnectFailure.RESET;
      }
      if (t instanceof ConnectTimeoutException || text.contains("timed out")) {
        return ConnectFailure.TIMED_OUT;
      }
      if (t instanceof WebSocketClientHandshakeException) {
        return text.contains("closed") ? ConnectFailure.RESET : ConnectFailure.REJECTED_UPGRADE;
      }
    }
    return ConnectFailure.OTHER;
  }
}
