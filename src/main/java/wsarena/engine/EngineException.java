package wsarena.engine;

/** An engine could not start or serve; the message is a sentence for the user. */
public class EngineException extends Exception {
  public EngineException(String message) {
    super(message);
  }

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The message for a port that another program holds. */
  public static EngineException portInUse(String host, int port, Throwable cause) {
    return new EngineException(
        "port " + port + " on " + host + " is already in use: stop the program that holds it, or choose another port (0 picks a free one)",
        cause);
  }
}
