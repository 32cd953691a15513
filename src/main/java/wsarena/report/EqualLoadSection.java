package wsarena.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import wsarena.text.Units;

/**
 * Latency at equal load: every compared target driven open loop at one offered rate, below every
 * one's knee (by default half the lowest knee among them), where latency is compared and the
 * latency claims are judged; beside it the sweeps' latency against load, every target on one
 * chart. Closed-loop latency is each target's at its own saturation, which differs from target to
 * target: no two of them are comparable there.
 */
final class EqualLoadSection {
  /** The command that measures it, with R for the rate. */
  static final String MEASURE =
      "`wsarena bench --rate R --repeat 3 --out DIR` (or `wsarena shootout --targets netty:event-loop,tornado,autobahn --workload echo --rate R --repeat 3 --out DIR`),"
          + " R half the lowest knee among the targets (`wsarena bench --sweep`), then pass DIR to `wsarena report`";

  private EqualLoadSection() {}

  static String render(ReportData data, ReportMarkdown doc) {
    StringBuilder sb = new StringBuilder();
    Optional<MetricTable> table = data.equalLoad();
    if (table.isEmpty()) {
      sb.append("Not measured: this report was given no open-loop echo runs at one rate beside its closed-loop ones, so no latency")
          .append(" is compared between targets (each closed-loop figure below is at the target's own saturation). Measure with ")
          .append(MEASURE).append(".\n\n");
    } else if (data.equalLoadRate().isEmpty()) {
      sb.append("Not compared: the open-loop echo runs were driven at different rates (")
          .append(String.join(", ", data.equalLoadRates().stream().map(r -> Units.whole(r) + " msgs/s").toList()))
          .append("), and latency is only compared at one. Measure with ").append(MEASURE).append(".\n\n");
    } else {
      sb.append("Every target driven open loop at the same offered rate, ").append(howChosen(data))
          .append(" Round trip from the moment each echo was due to its answer, in milliseconds; the best median of each column in bold.")
          .append(judged(data)).append(" A difference counts only where the runs' ranges do not overlap.\n\n");
      sb.append(ReportMarkdown.metricTable(table.get(), PerformanceSections.LATENCY_TABLE)).append("\n");
      sb.append(PerformanceSections.fairness(table.get()));
      sb.append(doc.chart(ReportChart.EQUAL_LOAD_DISTRIBUTION));
    }
    if (doc.charts().contains(ReportChart.LATENCY_AGAINST_LOAD)) {
      sb.append("Each sweep's p99 (solid) and p50 (dashed) against the offered rate, every target on one chart: where each one's")
          .append(" latency turns up is its knee.\n\n");
      sb.append(doc.chart(ReportChart.LATENCY_AGAINST_LOAD));
    }
    return sb.toString();
  }

  /**
   * The rate and where it came from, e.g. {@code 3,500 msgs/s: half the lowest knee among them
   * (tornado's 7,000 msgs/s).}
   */
  static String howChosen(ReportData data) {
    OptionalDouble rate = data.equalLoadRate();
    if (rate.isEmpty()) {
      return "at different rates (not equal load).";
    }
    String r = Units.whole(rate.getAsDouble()) + " msgs/s";
    List<String> targets = data.equalLoad().map(t -> t.contenders().stream().map(Contender::name).toList()).orElse(List.of());
    Optional<SweepKnee> lowest = data.inputs().sweeps().stream()
        .filter(s -> targets.contains(s.label()) && s.kneeRate().isPresent())
        .min(Comparator.comparingDouble(s -> s.kneeRate().getAsDouble()));
    List<String> notBelow = data.equalLoadNotBelowKnees();
    if (!notBelow.isEmpty()) {
      return r + ", which is NOT shown to be below every target's knee: " + String.join("; ", notBelow) + ".";
    }
    if (lowest.isEmpty()) {
      return r + " (no sweep of these targets says where their knees lie).";
    }
    double knee = lowest.get().kneeRate().getAsDouble();
    String kneeWords = lowest.get().label() + "'s " + Units.whole(knee) + " msgs/s";
    if (Math.abs(rate.getAsDouble() - knee / 2) <= knee * 0.01) {
      return r + ": half the lowest knee among them (" + kneeWords + ").";
    }
    return r + (rate.getAsDouble() < knee
        ? ", below the lowest knee among them (" + kneeWords + ")."
        : ", which is NOT below the lowest knee among them (" + kneeWords + "): some targets ran overloaded.");
  }

  /**
   * Which latency claims are judged at this rate: those of targets shown below their knees. An
   * overloaded target's latency is shown as measured but judges no claim.
   */
  static String judged(ReportData data) {
    List<String> notBelow = data.equalLoadNotBelowKnees();
    if (notBelow.isEmpty()) {
      return " Latency claims are judged here.";
    }
    List<String> over = data.equalLoad().map(t -> t.contenders().stream().map(Contender::name)
        .filter(n -> data.equalLoadNotBelowKnee(n).isPresent()).toList()).orElse(List.of());
    return over.size() == data.equalLoad().map(t -> t.contenders().size()).orElse(0)
        ? " No latency claim is judged here (they read untested); the figures are shown as measured."
        : " Latency claims are judged here for the targets below their knees; those naming " + String.join(", ", over)
            + " read untested, their figures shown as measured.";
  }
}
