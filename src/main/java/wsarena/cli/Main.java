package wsarena.cli;

/** The headless commands (picocli). */
public final class Main {
  private Main() {}

  /** Runs the command line and returns the exit code. */
  public static int run(String[] args) {
    return 0;
  }
}
