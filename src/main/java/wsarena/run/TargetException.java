package wsarena.run;

/** A target could not be started or reached; the message is a sentence for the user. */
public class TargetException extends Exception {
  public TargetException(String message) {
    super(message);
  }

  public TargetException(String message, Throwable cause) {
    super(message, cause);
  }
}
