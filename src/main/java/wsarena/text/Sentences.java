package wsarena.text;

/** A failure told in words, the same way in the window, the terminal and a saved run's reason. */
public final class Sentences {
  private Sentences() {}

  /**
   * What went wrong, as the exception says it: its message, or the first cause's that has one (a
   * wrapper often says nothing itself), or, when none has, the kind of failure ({@code
   * NullPointerException}), so a user never reads "null".
   */
  public static String of(Throwable t) {
    Throwable cause = t;
    while (cause.getMessage() == null && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }
}
