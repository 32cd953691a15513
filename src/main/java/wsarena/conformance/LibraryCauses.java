package wsarena.conformance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import wsarena.scenario.TargetSpec;

/**
 * Cases a target does not pass strictly because of its library's own code, which wsarena's code
 * around it cannot change: each with the library's source or issue that shows it. The README's
 * conformance table says the same.
 */
final class LibraryCauses {
  /**
   * @param target an engine id or a peer id, as in {@link TargetSpec#label()}'s first part
   * @param caseIds the cases it explains
   */
  record Cause(String target, Set<String> caseIds, String why) {}

  static final List<Cause> KNOWN =
      List.of(
          new Cause(
              "netty",
              Set.of("6.4.3", "6.4.4"),
              "Netty's WebSocket08FrameDecoder hands on a frame only once all of its payload has arrived"
                  + " (decode(), state PAYLOAD: `if (in.readableBytes() < framePayloadLength) return;`),"
                  + " so its Utf8FrameValidator sees the invalid UTF-8 in the second chop of one frame only"
                  + " when the third chop completes the frame: it then closes with 1007, but not as early as"
                  + " the suite's strict outcome asks."));

  private LibraryCauses() {}

  /** The verdicts, each that is not OK with its library cause when one is known. */
  static List<CaseVerdict> attach(TargetSpec spec, List<CaseVerdict> verdicts) {
    Optional<String> target = libraryOf(spec);
    if (target.isEmpty()) {
      return verdicts;
    }
    return verdicts.stream()
        .map(v -> v.behavior() == Behavior.OK ? v : causeOf(target.get(), v.id()).map(v::withCause).orElse(v))
        .toList();
  }

  static Optional<String> causeOf(String target, String caseId) {
    return KNOWN.stream()
        .filter(c -> c.target().equals(target) && c.caseIds().contains(caseId))
        .map(Cause::why)
        .findFirst();
  }

  private static Optional<String> libraryOf(TargetSpec spec) {
    return switch (spec) {
      case TargetSpec.Embedded e -> Optional.of(e.engine());
      case TargetSpec.Peer p -> Optional.of(p.peer());
      case TargetSpec.External x -> Optional.empty();
    };
  }
}
