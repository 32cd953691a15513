package wsarena.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import wsarena.metrics.SweepResult;

/**
 * What a report takes from a saved sweep ({@code sweep.json} of {@code wsarena sweep --out}): the
 * target, its knee (the highest offered rate whose step stayed within the bounds), the latency and
 * CPU at that step, and why the sweep stopped. Read by the field names the sweep's file keeps for
 * scripts, so a report does not depend on how the sweep is run.
 *
 * @param label the target's label, e.g. {@code tornado}
 * @param description what the target is, e.g. {@code Tornado 6.2 (Python) · own process}
 * @param kneeRate the knee's offered rate, msgs/s; empty when no step passed
 * @param kneeAchievedRate the answers per second at the knee's step; empty with no knee
 * @param kneeP99Micros the knee step's p99; empty with no knee
 * @param kneeTargetCpuPercent the target's CPU at the knee's step, in percent of the whole machine;
 *     empty when not known
 * @param logicalThreads the hardware threads of the machine it ran on, to turn that share into cores
 * @param stopped why the sweep stopped, a sentence (or the reason's name when it gave none)
 * @param file the file it was read from
 * @param precision how closely the sweep placed its knee, a fraction (0.05: the next step, 5 %
 *     higher, failed); a knee known no better than this is never told apart from one this close
 * @param result the whole sweep, every step, for the latency-against-load chart; null when the
 *     file is of an older form that only its knee could be read from
 */
public record SweepKnee(
    String label,
    String description,
    OptionalDouble kneeRate,
    OptionalDouble kneeAchievedRate,
    OptionalDouble kneeP99Micros,
    OptionalDouble kneeTargetCpuPercent,
    int logicalThreads,
    String stopped,
    Path file,
    double precision,
    SweepResult result) {

  /** The precision a sweep has unless its file says another: {@code SweepPlan}'s default, 5 %. */
  public static final double DEFAULT_PRECISION = 0.05;

  public SweepKnee(
      String label, String description, OptionalDouble kneeRate, OptionalDouble kneeAchievedRate, OptionalDouble kneeP99Micros,
      OptionalDouble kneeTargetCpuPercent, int logicalThreads, String stopped, Path file) {
    this(label, description, kneeRate, kneeAchievedRate, kneeP99Micros, kneeTargetCpuPercent, logicalThreads, stopped, file,
        DEFAULT_PRECISION, null);
  }

  /** {@link SweepResult#kneeIsLowerBound}; a sweep read without its steps is taken at its word. */
  public boolean kneeIsLowerBound() {
    return result != null && kneeRate.isPresent() && result.kneeIsLowerBound();
  }

  /** The lowest the knee may be: a precision under the highest rate passed, or that rate itself when a lower bound. */
  public double kneeLow() {
    double rate = kneeRate.orElseThrow();
    return kneeIsLowerBound() ? rate : rate * (1 - precision);
  }

  /** The highest the knee may be: a precision over the highest rate passed, unbounded when a lower bound. */
  public double kneeHigh() {
    return kneeIsLowerBound() ? Double.POSITIVE_INFINITY : kneeRate.orElseThrow() * (1 + precision);
  }

  /** The target's CPU at its knee in cores (1.0 = one core busy all the time); empty when not known. */
  public OptionalDouble kneeTargetCores() {
    if (kneeTargetCpuPercent.isEmpty() || logicalThreads <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(kneeTargetCpuPercent.getAsDouble() / 100 * logicalThreads);
  }

  /** The sweep in {@code tree}, or empty when it is not one (no steps, or no target). */
  static Optional<SweepKnee> of(JsonNode tree, Path file) {
    JsonNode target = tree.path("target");
    if (!tree.path("steps").isArray() || !target.isObject()) {
      return Optional.empty();
    }
    JsonNode knee = null;
    for (JsonNode step : tree.path("steps")) {
      if (step.path("passed").asBoolean(false)
          && (knee == null || step.path("offeredRate").asDouble() > knee.path("offeredRate").asDouble())) {
        knee = step;
      }
    }
    String stopped = tree.path("stopExplanation").asText("");
    if (stopped.isBlank()) {
      stopped = tree.path("stopReason").asText("not said");
    }
    return Optional.of(
        new SweepKnee(
            target.path("label").asText("?"),
            target.path("description").asText(""),
            knee == null ? OptionalDouble.empty() : number(knee.path("offeredRate")),
            knee == null ? OptionalDouble.empty() : number(knee.path("achievedRate")),
            knee == null ? OptionalDouble.empty() : number(knee.path("p99Micros")),
            knee == null ? OptionalDouble.empty() : number(knee.path("targetCpuPercent")),
            tree.path("host").path("logicalThreads").asInt(0),
            stopped,
            file,
            precision(tree),
            whole(tree)));
  }

  /** Every step of the sweep, or null when the file is not one this build can read whole. */
  private static SweepResult whole(JsonNode tree) {
    try {
      SweepResult sweep = SweepJson.parse(tree.toString());
      return sweep.plan() == null || sweep.target() == null || sweep.steps() == null ? null : sweep;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** The plan's precision for rate steps; the default for a connection sweep or an older file. */
  private static double precision(JsonNode tree) {
    JsonNode p = tree.path("plan").path("steps").path("precision");
    return p.isNumber() && p.asDouble() > 0 && p.asDouble() < 1 ? p.asDouble() : DEFAULT_PRECISION;
  }

  /** A figure the file gave and knew: absent, null and negative ("not known") are empty. */
  private static OptionalDouble number(JsonNode n) {
    return n.isNumber() && n.asDouble() >= 0 ? OptionalDouble.of(n.asDouble()) : OptionalDouble.empty();
  }

  /** True when {@code tree} looks like a sweep's file rather than a run's or a shootout's. */
  static boolean isSweep(JsonNode tree) {
    return tree.path("steps").isArray() && tree.has("stopReason");
  }
}
