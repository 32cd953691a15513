package wsarena.peers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to start a peer.
 *
 * @param port the port on 127.0.0.1, or 0 for a free one
 * @param tls serve {@code wss://} with these PEM files; empty serves {@code ws://}
 * @param maxMessageBytes the largest message the peer accepts (a larger one closes with 1009); 0
 *     keeps the scripts' default, 17 MiB, which lets the feature probe's 16 MiB through even when
 *     deflate makes it a little larger on the wire
 * @param startTimeout how long to wait for the listening line
 * @param subprotocols the subprotocols the peer speaks (it picks the first a client offers);
 *     empty: none, as the servers do by default
 * @param python the interpreter; empty: the system's CPython ({@link PythonPeer#python()})
 * @param reusePort bind with {@code SO_REUSEPORT}, so that several peers share {@code port}
 */
public record PeerOptions(
    int port,
    Optional<TlsFiles> tls,
    int maxMessageBytes,
    Duration startTimeout,
    List<String> subprotocols,
    Optional<Path> python,
    boolean reusePort) {

  public PeerOptions {
    subprotocols = List.copyOf(subprotocols);
  }

  /**
   * Twisted and Tornado import in about half a second; a busy machine may take several times that.
   */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(15);

  /** PEM files for {@code wss://}. */
  public record TlsFiles(Path certificatePem, Path privateKeyPem) {}

  public static PeerOptions port(int port) {
    return new PeerOptions(port, Optional.empty(), 0, DEFAULT_START_TIMEOUT, List.of(), Optional.empty(), false);
  }

  public PeerOptions withPort(int other) {
    return new PeerOptions(other, tls, maxMessageBytes, startTimeout, subprotocols, python, reusePort);
  }

  public PeerOptions withTls(TlsFiles files) {
    return new PeerOptions(port, Optional.of(files), maxMessageBytes, startTimeout, subprotocols, python, reusePort);
  }

  public PeerOptions withMaxMessageBytes(int bytes) {
    return new PeerOptions(port, tls, bytes, startTimeout, subprotocols, python, reusePort);
  }

  public PeerOptions withSubprotocols(List<String> names) {
    return new PeerOptions(port, tls, maxMessageBytes, startTimeout, names, python, reusePort);
  }

  public PeerOptions withPython(Path interpreter) {
    return new PeerOptions(port, tls, maxMessageBytes, startTimeout, subprotocols, Optional.of(interpreter), reusePort);
  }

  /** On {@code port} shared with other peers ({@code SO_REUSEPORT}); 0 picks a free one for the first. */
  public PeerOptions sharingPort(int shared) {
    return new PeerOptions(shared, tls, maxMessageBytes, startTimeout, subprotocols, python, true);
  }
}
