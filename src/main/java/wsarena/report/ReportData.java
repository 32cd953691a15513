package wsarena.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import wsarena.conformance.ConformanceSummary;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.probe.FeatureReport;
import wsarena.scenario.Rate;
import wsarena.scenario.Workload;

/**
 * A report's figures, arranged once: each workload's runs as {@link Contender}s (one per target,
 * its repeats together), with their {@link MetricTable}; the sweeps, conformance verdicts and
 * feature probes by target. The report's sections and the claims both read it, so a figure quoted
 * beside a claim is the figure in its section.
 */
public final class ReportData {
  private final ReportInputs inputs;
  private final Map<Workload, MetricTable> tables = new LinkedHashMap<>();
  /** Open-loop echo runs beside closed-loop ones: latency at one offered rate; null when none. */
  private final MetricTable equalLoad;
  /** The rates the open-loop echo runs were driven at, each once, in msgs/s. */
  private final List<Double> equalLoadRates;

  public ReportData(ReportInputs inputs) {
    this.inputs = inputs;
    Map<Workload, Map<String, List<RunResult>>> grouped = new LinkedHashMap<>();
    Map<String, List<RunResult>> openLoop = new LinkedHashMap<>();
    boolean anyClosedEcho = inputs.runs().stream().map(SavedRun.Loaded::result)
        .anyMatch(r -> workloadOf(r) == Workload.ECHO && openLoopRate(r).isEmpty());
    List<Double> rates = new ArrayList<>();
    for (SavedRun.Loaded run : inputs.runs()) {
      RunResult r = run.result();
      Workload w = workloadOf(r);
      String label = run.shootout().map(SavedRun.ShootoutMember::label).orElse(r.target().label());
      OptionalDouble rate = openLoopRate(r);
      if (w == Workload.ECHO && rate.isPresent() && anyClosedEcho) {
        // beside closed-loop runs, open-loop echo is the latency at equal load: its own table
        openLoop.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
        if (!rates.contains(rate.getAsDouble())) {
          rates.add(rate.getAsDouble());
        }
        continue;
      }
      grouped.computeIfAbsent(w, k -> new LinkedHashMap<>()).computeIfAbsent(label, k -> new ArrayList<>()).add(r);
    }
    List<Contender> equal = new ArrayList<>();
    openLoop.forEach((label, runs) -> equal.add(new Contender(label, runs)));
    this.equalLoad = equal.isEmpty() ? null : MetricTable.of(equal);
    this.equalLoadRates = List.copyOf(rates);
    for (Workload w : Workload.values()) {
      Map<String, List<RunResult>> byLabel = grouped.get(w);
      if (byLabel != null) {
        List<Contender> contenders = new ArrayList<>();
        byLabel.forEach((label, runs) -> contenders.add(new Contender(label, runs)));
        tables.put(w, MetricTable.of(contenders));
      }
    }
  }

  public ReportInputs inputs() {
    return inputs;
  }

  /** The run's workload (echo for a run saved before workloads were recorded: its reader says so). */
  private static Workload workloadOf(RunResult r) {
    return r.scenario().workload();
  }

  /** The run's offered rate when it ran open loop; empty for closed loop. */
  static OptionalDouble openLoopRate(RunResult r) {
    return r.scenario() != null && r.scenario().load() != null && r.scenario().load().rate() instanceof Rate.OpenLoop o
        ? OptionalDouble.of(o.messagesPerSecond())
        : OptionalDouble.empty();
  }

  /**
   * The echo runs driven open loop beside the closed-loop ones: every target at the same offered
   * rate, where latency is compared. Empty when the report has none.
   */
  public Optional<MetricTable> equalLoad() {
    return Optional.ofNullable(equalLoad);
  }

  /**
   * The one rate every equal-load run was driven at, msgs/s; empty when there are none or they
   * differ (then no latency is compared there: unequal loads are not equal load).
   */
  public OptionalDouble equalLoadRate() {
    return equalLoadRates.size() == 1 ? OptionalDouble.of(equalLoadRates.getFirst()) : OptionalDouble.empty();
  }

  /**
   * Why the equal-load rate is not known to lie below {@code target}'s knee, e.g. {@code
   * autobahn's sweep found no knee (no step passed)}; empty when its sweep has its knee above the
   * rate, or it was not swept. A latency is judged at equal load only below the knee of each target
   * a claim compares: one overloaded target elsewhere in the runs does not make the others' untested.
   */
  public Optional<String> equalLoadNotBelowKnee(String target) {
    if (equalLoad == null || equalLoadRate().isEmpty()) {
      return Optional.empty();
    }
    double rate = equalLoadRate().getAsDouble();
    Optional<SweepKnee> s = sweep(target);
    if (s.isPresent() && s.get().kneeRate().isEmpty()) {
      return Optional.of(target + "'s sweep found no knee (" + s.get().stopped() + ")");
    }
    if (s.isPresent() && s.get().kneeRate().getAsDouble() <= rate) {
      return Optional.of(target + "'s knee is " + wsarena.text.Units.whole(s.get().kneeRate().getAsDouble()) + " msgs/s");
    }
    return Optional.empty();
  }

  /** {@link #equalLoadNotBelowKnee} of every target at equal load that is not shown below its knee. */
  public List<String> equalLoadNotBelowKnees() {
    return equalLoad == null
        ? List.of()
        : equalLoad.contenders().stream().map(c -> equalLoadNotBelowKnee(c.name())).flatMap(Optional::stream).toList();
  }

  /** Every rate the open-loop echo runs were driven at, msgs/s, each once. */
  public List<Double> equalLoadRates() {
    return equalLoadRates;
  }

  /** {@code target}'s runs of {@code metric} at equal load; empty without one rate for all. */
  public Optional<Spread> equalLoadSpread(String target, Metric metric) {
    if (equalLoad == null || equalLoadRate().isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < equalLoad.contenders().size(); i++) {
      if (equalLoad.contenders().get(i).name().equals(target)) {
        return equalLoad.spread(i, metric);
      }
    }
    return Optional.empty();
  }

  /** Every target with a figure of {@code metric} at equal load. */
  public List<String> targetsAtEqualLoad(Metric metric) {
    return equalLoad == null || equalLoadRate().isEmpty()
        ? List.of()
        : equalLoad.contenders().stream().map(Contender::name).filter(n -> equalLoadSpread(n, metric).isPresent()).toList();
  }

  /** The table of {@code workload}'s runs; empty when none was given. */
  public Optional<MetricTable> table(Workload workload) {
    return Optional.ofNullable(tables.get(workload));
  }

  /** Every run, in the order given. */
  public List<RunResult> runs() {
    return inputs.runs().stream().map(SavedRun.Loaded::result).toList();
  }

  /** The runs of {@code workload}, in the order given. */
  public List<RunResult> runs(Workload workload) {
    return runs().stream().filter(r -> r.scenario() != null && r.scenario().workload() == workload).toList();
  }

  /** {@code target}'s median of {@code metric}, from the workload's table the metric applies to. */
  public OptionalDouble median(String target, Metric metric) {
    return spread(target, metric).map(s -> OptionalDouble.of(s.median())).orElse(OptionalDouble.empty());
  }

  /** {@code target}'s runs of {@code metric} (median, lowest, highest, how many), from the table it applies to. */
  public Optional<Spread> spread(String target, Metric metric) {
    for (MetricTable t : tables.values()) {
      for (int i = 0; i < t.contenders().size(); i++) {
        if (t.contenders().get(i).name().equals(target)) {
          Optional<Spread> s = t.spread(i, metric);
          if (s.isPresent()) {
            return s;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Every target with a figure of {@code metric}, in table order. */
  public List<String> targetsWith(Metric metric) {
    List<String> out = new ArrayList<>();
    for (MetricTable t : tables.values()) {
      for (int i = 0; i < t.contenders().size(); i++) {
        String name = t.contenders().get(i).name();
        if (t.spread(i, metric).isPresent() && !out.contains(name)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /** The last sweep of {@code target}. */
  public Optional<SweepKnee> sweep(String target) {
    return inputs.sweeps().stream().filter(s -> s.label().equals(target)).reduce((a, b) -> b);
  }

  public Optional<ConformanceSummary> conformance(String target) {
    return Optional.ofNullable(inputs.conformance().get(target));
  }

  public Optional<FeatureReport> features(String target) {
    return Optional.ofNullable(inputs.features().get(target));
  }

  /**
   * The sweeps in the order the runs name their targets (a bench's order), then the others by
   * name: a folder of sweeps is read alphabetically, and the report's tables should agree.
   */
  public List<SweepKnee> sweepsInRunOrder() {
    List<String> order = new ArrayList<>();
    tables.values().forEach(t -> t.contenders().forEach(c -> {
      if (!order.contains(c.name())) {
        order.add(c.name());
      }
    }));
    return inputs.sweeps().stream()
        .sorted(Comparator.comparingInt((SweepKnee k) -> order.contains(k.label()) ? order.indexOf(k.label()) : order.size())
            .thenComparing(SweepKnee::label))
        .toList();
  }

  /** Every target the report knows of, from any of its inputs, sorted by name. */
  public Set<String> targets() {
    Set<String> out = new TreeSet<>();
    tables.values().forEach(t -> t.contenders().forEach(c -> out.add(c.name())));
    if (equalLoad != null) {
      equalLoad.contenders().forEach(c -> out.add(c.name()));
    }
    inputs.sweeps().forEach(s -> out.add(s.label()));
    out.addAll(inputs.conformance().keySet());
    out.addAll(inputs.features().keySet());
    return out;
  }

  /** The machines the runs were measured on, each once, in the order first seen. */
  public List<HostInfo> hosts() {
    List<HostInfo> out = new ArrayList<>();
    for (RunResult r : runs()) {
      if (r.host() != null && out.stream().noneMatch(h -> Machines.same(h, r.host()))) {
        out.add(r.host());
      }
    }
    return out;
  }
}
