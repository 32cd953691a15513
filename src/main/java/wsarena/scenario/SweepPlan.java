package wsarena.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a sweep raises the load on one target, step by step, and what a step must do to pass. Every
 * step is a whole open-loop run of the sweep's scenario (its own warm-up and measured time), at the
 * load the steps give.
 *
 * <pre>{@code
 * SweepPlan plan = SweepPlan.rates(1000);                       // double from 1,000 msgs/s, then bisect
 * SweepPlan byConnections = SweepPlan.connections(List.of(10, 100, 1000), 10);
 * }</pre>
 *
 * @param steps which loads the steps try
 * @param bounds what a step must do to pass
 * @param freshTarget start the target anew for every step; else it is started once and kept
 *     running between steps, which rest for {@code cooldown}
 * @param cooldown the rest between two steps, for the target to finish what the last one left
 */
public record SweepPlan(Steps steps, Bounds bounds, boolean freshTarget, Duration cooldown) {
  public static final double DEFAULT_PRECISION = 0.05;
  public static final Duration DEFAULT_COOLDOWN = Duration.ofSeconds(1);

  /** Which loads the steps try. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Steps.Rates.class, name = "rates"),
    @JsonSubTypes.Type(value = Steps.Connections.class, name = "connections")
  })
  public sealed interface Steps {
    /**
     * Start at {@code startRate} (msgs/s over all connections), double until a step fails, then
     * bisect between the last passing and the first failing rate until they are within {@code
     * precision} (a fraction: 0.05 is 5 %). When the first step fails, halve until one passes.
     */
    record Rates(double startRate, double precision) implements Steps {}

    /**
     * The scenario's connections replaced by each of {@code counts} in turn, each sending {@code
     * ratePerConnection} msgs/s; the sweep ends at the first step that fails.
     */
    record Connections(List<Integer> counts, double ratePerConnection) implements Steps {
      public Connections {
        counts = List.copyOf(counts);
      }
    }
  }

  /**
   * What a step must do to pass. The defaults are Gil Tene's "sustainable throughput": the load a
   * server carries with its p99 under a bound, losing nothing and keeping up.
   *
   * @param p99 the highest p99 latency that passes
   * @param lostFraction the largest share of the intended messages that may time out or not be
   *     sent (0.001 is 0.1 %)
   * @param achievedFraction the smallest share of the offered rate the answers must reach (0.99)
   */
  public record Bounds(Duration p99, double lostFraction, double achievedFraction) {
    public static Bounds defaults() {
      return new Bounds(Duration.ofMillis(10), 0.001, 0.99);
    }

    public static Bounds p99(Duration bound) {
      return new Bounds(bound, 0.001, 0.99);
    }
  }

  /** Rate steps from {@code startRate} with the default precision and bounds, the target kept. */
  public static SweepPlan rates(double startRate) {
    return new SweepPlan(new Steps.Rates(startRate, DEFAULT_PRECISION), Bounds.defaults(), false, DEFAULT_COOLDOWN);
  }

  /** Connection steps at {@code ratePerConnection} msgs/s each, with the default bounds. */
  public static SweepPlan connections(List<Integer> counts, double ratePerConnection) {
    return new SweepPlan(new Steps.Connections(counts, ratePerConnection), Bounds.defaults(), false, DEFAULT_COOLDOWN);
  }

  public SweepPlan withBounds(Bounds value) {
    return new SweepPlan(steps, value, freshTarget, cooldown);
  }

  public SweepPlan withCooldown(Duration value) {
    return new SweepPlan(steps, bounds, freshTarget, value);
  }

  /** What is wrong with the plan, in sentences a user can act on; empty when it can run. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    switch (steps) {
      case null -> out.add("choose rate steps or connection steps");
      case Steps.Rates r -> {
        if (!(r.startRate() > 0) || Double.isInfinite(r.startRate())) {
          out.add("the start rate must be a positive number of messages per second");
        }
        if (!(r.precision() > 0 && r.precision() < 1)) {
          out.add("the precision must be between 0 and 100 %, e.g. 5%");
        }
      }
      case Steps.Connections c -> {
        if (c.counts().isEmpty() || c.counts().stream().anyMatch(n -> n == null || n < 1)) {
          out.add("connection steps must be whole numbers of at least 1, e.g. 10,100,1000");
        } else if (!ascending(c.counts())) {
          out.add("connection steps must rise, e.g. 10,100,1000");
        }
        if (!(c.ratePerConnection() > 0) || Double.isInfinite(c.ratePerConnection())) {
          out.add("the rate per connection must be a positive number of messages per second");
        }
      }
    }
    if (bounds == null || bounds.p99() == null || !bounds.p99().isPositive()) {
      out.add("the p99 bound must be positive, e.g. 10ms");
    }
    if (cooldown == null || cooldown.isNegative()) {
      out.add("the cool-down must be 0 or more");
    }
    return out;
  }

  private static boolean ascending(List<Integer> counts) {
    for (int i = 1; i < counts.size(); i++) {
      if (counts.get(i) <= counts.get(i - 1)) {
        return false;
      }
    }
    return true;
  }
}
