package wsarena.scenario;

/** The three kinds of {@link TargetSpec}: what a user picks before naming the target itself. */
public enum TargetKind {
  /** An engine of this build, in a threading model: {@link TargetSpec.Embedded}. */
  ENGINE,
  /** A Python server from {@code src/peers}, started by the run: {@link TargetSpec.Peer}. */
  PEER,
  /** A server at a {@code ws://} or {@code wss://} URL: {@link TargetSpec.External}. */
  URL;

  public static TargetKind of(TargetSpec spec) {
    return switch (spec) {
      case TargetSpec.Embedded _ -> ENGINE;
      case TargetSpec.Peer _ -> PEER;
      case TargetSpec.External _ -> URL;
    };
  }
}
