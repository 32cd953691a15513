package wsarena.scenario;

import java.time.Duration;

/**
 * Everything that defines one run: target, workload, load profile and sampling interval.
 *
 * <pre>{@code
 * Scenario s = Scenario.defaults()
 *     .withTarget(TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS))
 *     .withLoad(LoadProfile.defaults().withConnections(50));
 * List<Problem> problems = new ScenarioValidator(targets.catalog(), 0).problems(s); // sentences a user can act on
 * }</pre>
 */
public record Scenario(TargetSpec target, Workload workload, LoadProfile load, Duration interval) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
  public static final Duration MIN_INTERVAL = Duration.ofMillis(100);

  /** The embedded default: Undertow's single event loop, echo, 100 connections, closed loop. */
  public static Scenario defaults() {
    return new Scenario(
        TargetSpec.Embedded.of("undertow", ThreadingModel.EVENT_LOOP, Isolation.IN_PROCESS),
        Workload.ECHO,
        LoadProfile.defaults(),
        DEFAULT_INTERVAL);
  }

  public Scenario withTarget(TargetSpec value) {
    return new Scenario(value, workload, load, interval);
  }

  public Scenario withWorkload(Workload value) {
    return new Scenario(target, value, load, interval);
  }

  public Scenario withLoad(LoadProfile value) {
    return new Scenario(target, workload, value, interval);
  }

  public Scenario withInterval(Duration value) {
    return new Scenario(target, workload, load, value);
  }
}
