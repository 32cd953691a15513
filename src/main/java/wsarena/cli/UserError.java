package wsarena.cli;

/** Input the user can fix; reported as one sentence with exit code 2. */
final class UserError extends RuntimeException {
  UserError(String message) {
    super(message);
  }
}
