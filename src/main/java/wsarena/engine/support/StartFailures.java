package wsarena.engine.support;

import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import wsarena.engine.EngineException;

/** Turns whatever a library throws when it cannot listen into one sentence a user can act on. */
public final class StartFailures {

  private StartFailures() {}

  public static EngineException toEngineException(
      String engineName, String host, int port, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      // Netty's epoll transport reports EADDRINUSE as a NativeIoException, not a BindException.
      if (message.contains("Address already in use")
          || (t instanceof BindException && !message.contains("assign"))) {
        return EngineException.portInUse(host, port, failure);
      }
      if (message.contains("Cannot assign requested address")
          || t instanceof UnknownHostException
          || t instanceof UnresolvedAddressException) {
        return new EngineException(
            engineName
                + " cannot listen on "
                + host
                + ": it is not an address of this machine (use 127.0.0.1, ::1 or 0.0.0.0)",
            failure);
      }
    }
    return new EngineException(
        engineName + " could not start on " + host + ":" + port + ": " + rootMessage(failure),
        failure);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
