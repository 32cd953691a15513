package wsarena.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wsarena.metrics.RunResult;
import wsarena.metrics.ShootoutResult;
import wsarena.scenario.Placement;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.ShootoutPlan;
import wsarena.scenario.TargetNames;
import wsarena.scenario.TargetSpec;

/**
 * A shootout saved as a folder: every run as its own result JSON (the file {@code wsarena run
 * --out} writes, which every reader opens alone too) and a small {@value #INDEX} that says which
 * runs belong to which target, in which order they ran, and what the shootout warned about.
 *
 * <pre>
 * DIR/shootout.json                 the index ({@link Index})
 * DIR/undertow-event-loop.json      one run per target (a shootout of one repeat), or
 * DIR/undertow-event-loop-1.json    one per repeat: -1, -2, -3
 * </pre>
 */
public final class ShootoutFiles {
  /** The index's file name. */
  public static final String INDEX = "shootout.json";

  /** The index's {@code kind}, which tells it from a run result or a scenario. */
  public static final String KIND = "wsarena shootout";

  private static final ObjectMapper MAPPER = ScenarioJson.newMapper();

  /**
   * What {@value #INDEX} holds.
   *
   * @param kind always {@value #KIND}
   * @param scenario the scenario every target was measured under (its target is the first's)
   * @param repeats the runs planned per target
   * @param coolDownMillis the pause between two targets
   * @param complete false when the shootout was stopped before its last run
   * @param warnings what makes the shootout less fair, e.g. mixed isolation
   * @param targets each target, in the table's order, with its runs' files in repeat order
   * @param order every run's file, in the order they ran
   */
  public record Index(
      String kind,
      String wsarenaVersion,
      Instant startedAt,
      Scenario scenario,
      int repeats,
      long coolDownMillis,
      boolean complete,
      List<String> warnings,
      List<Target> targets,
      List<String> order) {}

  /**
   * One target of the index.
   *
   * @param label its label, e.g. {@code undertow-event-loop}
   * @param name the name {@code wsarena shootout --targets} reads, e.g. {@code undertow:event-loop}
   * @param isolation where it ran: {@code this process}, {@code own process}, {@code another machine}
   * @param runs its runs' files, in repeat order
   */
  public record Target(String label, String name, String isolation, TargetSpec target, List<String> runs) {}

  private ShootoutFiles() {}

  /** The file of target {@code label}'s run {@code repeat} of {@code repeats}. */
  public static String fileName(String label, int repeat, int repeats) {
    String safe = label.replaceAll("[^A-Za-z0-9._-]", "_");
    return repeats == 1 ? safe + ".json" : safe + "-" + repeat + ".json";
  }

  /**
   * Writes every run and the index into {@code dir} (made when missing).
   *
   * @return the index file
   */
  public static Path write(ShootoutResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    ShootoutPlan plan = result.plan();
    List<String> labels = plan.labels();
    List<String> order = new ArrayList<>();
    List<List<String>> runsOf = new ArrayList<>();
    plan.targets().forEach(t -> runsOf.add(new ArrayList<>()));
    String version = "";
    for (ShootoutResult.TrialResult t : result.trials()) {
      String file = fileName(labels.get(t.trial().target()), t.trial().repeat(), plan.repeats());
      RunResult run = t.result();
      ResultJson.write(run, dir.resolve(file));
      order.add(file);
      runsOf.get(t.trial().target()).add(file);
      version = run.wsarenaVersion() == null ? version : run.wsarenaVersion();
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < plan.targets().size(); i++) {
      TargetSpec spec = plan.targets().get(i);
      targets.add(new Target(labels.get(i), TargetNames.name(spec), Placement.of(spec).words(), spec, runsOf.get(i)));
    }
    Index index =
        new Index(
            KIND, version, result.startedAt(), plan.scenarioFor(0), plan.repeats(), plan.coolDown().toMillis(),
            !result.incomplete(), result.warnings(), targets, order);
    Path file = dir.resolve(INDEX);
    wsarena.host.WholeFile.writeString(file, MAPPER.writeValueAsString(index));
    return file;
  }

  /**
   * Reads an index as it is, absent parts left null and Jackson's own exceptions thrown, for
   * {@link SavedRunReader}, which explains each problem in a sentence.
   */
  static Index parse(String json) throws IOException {
    return MAPPER.readValue(json, Index.class);
  }
}
