package wsarena.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wsarena.scenario.ShootoutPlan;

/**
 * What a shootout measured: its plan, and each target's runs as they came, complete or not (a
 * stopped shootout keeps every run it finished).
 *
 * @param trials the runs in the order they ran (A B C A B C)
 * @param warnings what makes the shootout as a whole less fair, e.g. mixed isolation; each run
 *     carries it too
 */
public record ShootoutResult(ShootoutPlan plan, Instant startedAt, List<TrialResult> trials, List<String> warnings) {

  /** One trial of the plan and the run it gave. */
  public record TrialResult(ShootoutPlan.Trial trial, RunResult result) {}

  public ShootoutResult {
    trials = List.copyOf(trials);
    warnings = List.copyOf(warnings);
  }

  /** Target {@code index}'s runs, in repeat order. */
  public List<RunResult> runsOf(int index) {
    List<RunResult> out = new ArrayList<>();
    for (TrialResult t : trials) {
      if (t.trial().target() == index) {
        out.add(t.result());
      }
    }
    return out;
  }

  /** Every run, in the order they ran. */
  public List<RunResult> runs() {
    return trials.stream().map(TrialResult::result).toList();
  }

  /** True when fewer runs were made than planned: the shootout was stopped. */
  public boolean incomplete() {
    return trials.size() < plan.targets().size() * plan.repeats();
  }
}
