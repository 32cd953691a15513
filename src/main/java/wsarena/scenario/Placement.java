package wsarena.scenario;

/**
 * Where a target runs relative to the load generator: what a comparison must hold equal. A
 * target in the generator's JVM shares its heap, GC and JIT and its CPU is told apart by thread
 * names; one in its own process is measured as a process; one on another machine shares no core
 * with the generator at all.
 */
public enum Placement {
  THIS_PROCESS("this process"),
  OWN_PROCESS("own process"),
  OTHER_MACHINE("another machine");

  private final String words;

  Placement(String words) {
    this.words = words;
  }

  /** How a table or a sentence says it: {@code own process}. */
  public String words() {
    return words;
  }

  /** A Python server always runs in its own process; a URL on this machine is a process of its own too. */
  public static Placement of(TargetSpec target) {
    return switch (target) {
      case TargetSpec.Embedded e -> e.isolation() == Isolation.IN_PROCESS ? THIS_PROCESS : OWN_PROCESS;
      case TargetSpec.Peer p -> OWN_PROCESS;
      case TargetSpec.External x -> x.onThisMachine() ? OWN_PROCESS : OTHER_MACHINE;
    };
  }
}
