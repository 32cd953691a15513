package wsarena.engine.support;

import java.util.Optional;
import wsarena.engine.RunningServer;

/**
 * What every started engine shares: the bound port, the certificate it serves, and a close that
 * stops the server once and never throws. Each engine says only how it stops.
 */
public abstract class StartedServer implements RunningServer {
  private final int port;
  private final Optional<String> certificateSha256;
  private boolean closed;

  protected StartedServer(int port, Optional<String> certificateSha256) {
    this.port = port;
    this.certificateSha256 = certificateSha256;
  }

  @Override
  public final int port() {
    return port;
  }

  @Override
  public final boolean tls() {
    return certificateSha256.isPresent();
  }

  @Override
  public final Optional<String> certificateSha256() {
    return certificateSha256;
  }

  @Override
  public final synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stop();
    } catch (RuntimeException e) {
      // close() never throws: a server that fails to stop cleanly is still stopped as far as the
      // caller can do anything about it.
    }
  }

  /** Stops the server: frees its port, closes its connections, ends its threads. Called once. */
  protected abstract void stop();
}
