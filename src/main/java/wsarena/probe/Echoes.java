package wsarena.probe;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import wsarena.client.ConnectFailures;

/** Judges an echo: what came back against what was sent, as a phrase when they differ. */
final class Echoes {
  private Echoes() {}

  /** Empty when {@code got} is the text that was sent; else what went wrong. */
  static Optional<String> textProblem(Optional<Inbound> got, String sent, Duration timeout) {
    return switch (got.orElse(null)) {
      case Inbound.Text text when text.text().equals(sent) -> Optional.empty();
      case Inbound.Text text ->
          Optional.of(
              "the echo differed ("
                  + Sizes.bytes(utf8Length(text.text()))
                  + " back for "
                  + Sizes.bytes(utf8Length(sent))
                  + " sent)");
      case Inbound.Binary _ -> Optional.of("the echo came back as binary, not text");
      case null -> Optional.of("no echo within " + Sizes.duration(timeout));
      default -> Optional.of(ending(got.get()));
    };
  }

  /**
   * Empty when {@code got} is the first {@code length} bytes of {@code sent}; else what went wrong.
   */
  static Optional<String> binaryProblem(
      Optional<Inbound> got, byte[] sent, int length, Duration timeout) {
    return switch (got.orElse(null)) {
      case Inbound.Binary binary
          when Arrays.equals(binary.bytes(), 0, binary.bytes().length, sent, 0, length) ->
          Optional.empty();
      case Inbound.Binary binary ->
          Optional.of(
              "the echo differed ("
                  + Sizes.bytes(binary.bytes().length)
                  + " back for "
                  + Sizes.bytes(length)
                  + " sent)");
      case Inbound.Text _ -> Optional.of("the echo came back as text, not binary");
      case null -> Optional.of("no echo within " + Sizes.duration(timeout));
      default -> Optional.of(ending(got.get()));
    };
  }

  static int utf8Length(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** How a connection ended instead of echoing: a close, a drop, or a client-side failure. */
  static String ending(Inbound inbound) {
    return switch (inbound) {
      case Inbound.Close close -> "the server sent " + close.describe();
      case Inbound.Disconnected _ -> "the server dropped the connection";
      case Inbound.Failed failed -> ConnectFailures.broken(failed.cause());
      default ->
          "unexpected " + inbound.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
