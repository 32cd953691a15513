package wsarena.engine;

import java.net.URI;

/** A started engine. Closing it stops the server and frees its port and threads. */
public interface RunningServer extends AutoCloseable {

  /** The bound port (the real one when the options asked for port 0). */
  int port();

  /** {@code true} when serving {@code wss://}. */
  boolean tls();

  /**
   * The SHA-256 fingerprint of the self-signed certificate served for {@code wss://}, as 64 hex
   * digits without separators; empty when not serving TLS. The load generator trusts exactly this
   * certificate for embedded targets, also when the server runs in a child process.
   */
  default java.util.Optional<String> certificateSha256() {
    return java.util.Optional.empty();
  }

  /** The URI of a path on this server, e.g. {@code ws://127.0.0.1:8080/echo}. */
  default URI uri(String path) {
    return URI.create((tls() ? "wss" : "ws") + "://" + EngineOptions.LOOPBACK + ":" + port() + path);
  }

  /** Stops the server; quick, and never throws. */
  @Override
  void close();
}
