package wsarena.cli;

import wsarena.scenario.InvalidScenarioException;

/**
 * Runs a long measurement with Ctrl-C wired to stop it: the measurement ends early and keeps what
 * it measured, and the command still prints and saves it.
 */
final class Interruptible {
  /** The measurement; it may refuse a scenario. */
  @FunctionalInterface
  interface Body<T> {
    T call() throws InvalidScenarioException;
  }

  private Interruptible() {}

  static <T> T run(Runnable stop, Body<T> body) {
    Thread stopOnCtrlC = new Thread(stop, "wsarena-ctrl-c");
    Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
    try {
      return body.call();
    } catch (InvalidScenarioException e) {
      throw new UserError(e.getMessage().replace("\n", "; "));
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
      } catch (IllegalStateException e) {
        // shutting down already (Ctrl-C): the hook has run
      }
    }
  }
}
