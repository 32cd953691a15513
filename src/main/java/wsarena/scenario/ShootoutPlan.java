package wsarena.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario over several targets, each measured {@link #repeats} times, interleaved: A B C A B
 * C, so a drift of the machine (another job, a warm CPU) spreads over every target instead of
 * landing on the last ones. Any workload: the plan only puts each target into the scenario.
 *
 * @param scenario what every target is measured under; its own target is replaced by each of
 *     {@link #targets}
 * @param targets what is measured, in the order of the table
 * @param repeats how many times each target is measured, at least 1
 * @param coolDown the pause between one target's end and the next one's start, so a process that
 *     just ended (its sockets in TIME_WAIT, its CPU still busy with its exit) does not weigh on the
 *     next
 */
public record ShootoutPlan(Scenario scenario, List<TargetSpec> targets, int repeats, Duration coolDown) {

  /** The cool-down of the command line's shootouts and the window's comparisons. */
  public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(2);

  /** More repeats than this make a comparison of hours with no better median. */
  public static final int MAX_REPEATS = 20;

  /**
   * One target's turn.
   *
   * @param position its place in the order of the whole shootout, from 0
   * @param target the index of its target in {@link #targets}
   * @param repeat which measurement of that target this is, from 1
   * @param scenario the scenario with the target in it
   */
  public record Trial(int position, int target, int repeat, Scenario scenario) {}

  public ShootoutPlan {
    targets = List.copyOf(targets);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a shootout needs at least one target");
    }
    if (repeats < 1 || repeats > MAX_REPEATS) {
      throw new IllegalArgumentException("repeat each target 1 to " + MAX_REPEATS + " times, not " + repeats);
    }
    if (coolDown == null || coolDown.isNegative()) {
      throw new IllegalArgumentException("the cool-down between targets cannot be negative");
    }
  }

  /** One measurement of each target, in order. */
  public static ShootoutPlan once(Scenario scenario, List<TargetSpec> targets, Duration coolDown) {
    return new ShootoutPlan(scenario, targets, 1, coolDown);
  }

  /** Every turn in the order they run: each repeat goes over every target before the next begins. */
  public List<Trial> trials() {
    List<Trial> out = new ArrayList<>();
    for (int r = 1; r <= repeats; r++) {
      for (int t = 0; t < targets.size(); t++) {
        out.add(new Trial(out.size(), t, r, scenarioFor(t)));
      }
    }
    return out;
  }

  /**
   * The scenario with target {@code index} in it. A target on PyPy warms up at least {@link
   * JitWarmup#PYPY}, so its JIT has compiled the server before the measured time starts; the
   * others keep the plan's warm-up (the measured time is the same for all).
   */
  public Scenario scenarioFor(int index) {
    TargetSpec target = targets.get(index);
    Scenario s = scenario.withTarget(target);
    if (!JitWarmup.needed(target) || s.load() == null) {
      return s;
    }
    return s.withLoad(s.load().withWarmup(JitWarmup.defaultFor(List.of(target), s.load().warmup())));
  }

  /**
   * The targets' labels, each once: two URLs on one host and port (other paths) get {@code -2},
   * {@code -3}, so their rows and files stay apart.
   */
  public List<String> labels() {
    List<String> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (TargetSpec t : targets) {
      int n = seen.merge(t.label(), 1, Integer::sum);
      out.add(n == 1 ? t.label() : t.label() + "-" + n);
    }
    return out;
  }

  /**
   * Why some targets cannot be measured under this scenario, one sentence each naming the target
   * (e.g. {@code jetty-reactor-workers: ...}); empty when every one can. Checked before the first
   * target starts, so a shootout does not stop at its seventh target after minutes.
   *
   * @param openFilesLimit how many files a process may hold open here (as {@link
   *     ScenarioValidator} takes it); 0 when unknown
   */
  public List<String> problems(TargetCatalog catalog, long openFilesLimit) {
    ScenarioValidator validator = new ScenarioValidator(catalog, openFilesLimit);
    List<String> labels = labels();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      for (Problem p : validator.problems(scenarioFor(i))) {
        out.add(labels.get(i) + ": " + p.message());
      }
    }
    return out;
  }

  /** Where each target runs relative to the generator. */
  public List<Placement> placements() {
    return targets.stream().map(Placement::of).toList();
  }

  /**
   * A sentence when the targets do not all run in the same isolation, e.g. engines in this process
   * beside Python servers in their own: their figures are not on equal terms. Empty when they are.
   */
  public Optional<String> isolationWarning() {
    return Placement.mixWarning(labels(), placements());
  }
}
