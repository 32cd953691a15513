package wsarena.peers;

/** A peer could not start; the message is a sentence for the user. */
public class PeerException extends Exception {
  public PeerException(String message) {
    super(message);
  }

  public PeerException(String message, Throwable cause) {
    super(message, cause);
  }
}
