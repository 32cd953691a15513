package wsarena.conformance;

/** The suite could not judge a target, or cannot run here; the message is a sentence for the user. */
public final class ConformanceException extends Exception {
  public ConformanceException(String message) {
    super(message);
  }

  public ConformanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
