package wsarena.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * A sentence when targets run in more than one placement, e.g. engines in this process beside
   * Python servers in their own: their figures are not on equal terms. Empty when they all run
   * alike.
   *
   * @param labels each target's label, in the order of {@code placements}
   */
  public static Optional<String> mixWarning(List<String> labels, List<Placement> placements) {
    Map<Placement, List<String>> by = new EnumMap<>(Placement.class);
    for (int i = 0; i < placements.size(); i++) {
      by.computeIfAbsent(placements.get(i), p -> new ArrayList<>()).add(labels.get(i));
    }
    if (by.size() < 2) {
      return Optional.empty();
    }
    List<String> groups = new ArrayList<>();
    by.forEach((p, names) -> groups.add(String.join(", ", names) + " in " + p.where(names.size())));
    String why = by.containsKey(THIS_PROCESS)
        ? "A target in this process shares the load generator's JVM (heap, GC, JIT compiler)"
        : "A target on another machine shares none of the load generator's cores";
    return Optional.of("mixed isolation: " + String.join("; ", groups) + ". " + why
        + ", so these figures are not on equal terms: give every target the same isolation");
  }

  private String where(int count) {
    return switch (this) {
      case THIS_PROCESS -> "this process";
      case OWN_PROCESS -> count == 1 ? "its own process" : "their own processes";
      case OTHER_MACHINE -> count == 1 ? "another machine" : "other machines";
    };
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
