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
   * @param target an engine id or a Python server's id, as in {@link TargetSpec#label()}'s first part
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
                  + " the suite's strict outcome asks."),
          new Cause(
              "tornado",
              Set.of("7.9.1", "7.9.2", "7.9.3", "7.9.4", "7.9.5", "7.9.6", "7.9.7", "7.9.8", "7.9.9"),
              "Tornado 6.2 sends back the close code it received without checking it"
                  + " (tornado/websocket.py, WebSocketProtocol13._handle_message, opcode 0x8:"
                  + " `self.close(self.close_code)`, \"Echo the received close code\"), so an invalid"
                  + " code comes back where 1002 is due."),
          new Cause(
              "tornado",
              Set.of("6.4.1", "6.4.2", "6.4.3", "6.4.4"),
              "Tornado 6.2 joins a fragmented message's frames first (tornado/websocket.py,"
                  + " `self._fragmented_message_buffer += data`) and decodes its UTF-8 only once the"
                  + " message is whole (`data.decode(\"utf-8\")` in _handle_message), so it fails the"
                  + " connection at the last frame, not at the one that made the text invalid."),
          new Cause(
              "autobahn",
              Set.of("3.2", "3.3", "3.4", "4.1.3", "4.1.4", "4.2.3", "4.2.4", "5.15"),
              "Autobahn 22.7 fails a connection by dropping TCP at once by default (failByDrop=True:"
                  + " autobahn/websocket/protocol.py, WebSocketProtocol._fail_connection calls"
                  + " `self.dropConnection(abort=True)`), which throws away the echo of the message read"
                  + " just before the bad frame, still in Twisted's write buffer; wsarena's Autobahn server keeps"
                  + " Autobahn's default."));

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
      // the library's own behaviour, whichever interpreter runs it: tornado-pypy is Tornado's code
      case TargetSpec.Peer p -> Optional.of(p.peer().replaceFirst("-pypy$", ""));
      case TargetSpec.External x -> Optional.empty();
    };
  }
}
