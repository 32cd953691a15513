package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import wsarena.conformance.ConformanceSummary;
import wsarena.probe.Feature;
import wsarena.probe.FeatureResult;
import wsarena.probe.Verdict;

/**
 * What a claim can be tested by: a {@link Metric} of the runs (the median of a target's repeats),
 * a sweep's knee or the target's CPU there, the conformance suite's verdicts, or a feature the
 * probe tried. Each reads its figure for a target from {@link ReportData}, the same figure the
 * report's sections show.
 */
public sealed interface Measurement {
  /** The id a claims file names it by, e.g. {@code handshakes-per-second}. */
  String id();

  /** What it is in words, e.g. {@code handshakes per second}. */
  String title();

  Metric.Better better();

  /** True for a yes-or-no measurement (1 = yes, 0 = no). */
  default boolean yesOrNo() {
    return false;
  }

  /** {@code target}'s figure; empty when the report has none. */
  Optional<Figure> of(String target, ReportData data);

  /** Every target with a figure, for the rules that compare. */
  List<String> targets(ReportData data);

  /**
   * A figure and how the report writes it, e.g. {@code 0.031 /msg (0.012–0.052, 3 runs)}, with how
   * far it can be trusted: the lowest and highest of the runs it rests on (a sweep's knee: its
   * precision either side), and how many runs that is.
   *
   * @param value the median, or the one value
   * @param low the lowest the figure may be: its lowest run, or a knee less its precision
   * @param high the highest: its highest run, or a knee plus its precision
   * @param runs how many runs (or sweeps) it rests on
   */
  record Figure(double value, String text, double low, double high, int runs) {
    /** One exact value, e.g. a yes or no of the probe. */
    Figure(double value, String text) {
      this(value, text, value, value, 1);
    }

    /** True when every value this figure may have is better than every value of {@code other}'s. */
    boolean clearlyBetter(Figure other, Metric.Better better) {
      return better == Metric.Better.HIGHER ? low > other.high : high < other.low;
    }
  }

  /** The measurement named {@code id}, e.g. {@code p99} or {@code feature:tls}. */
  static Optional<Measurement> parse(String id) {
    String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return all().stream().filter(m -> m.id().equals(key)).findFirst();
  }

  /** Every measurement, in the order a sentence lists them. */
  static List<Measurement> all() {
    List<Measurement> out = new ArrayList<>();
    Metric.all().forEach(m -> out.add(new OfMetric(m)));
    List.of(Metric.P50, Metric.P99, Metric.P999).forEach(m -> out.add(new AtEqualLoad(m)));
    out.addAll(List.of(new Knee(false), new Knee(true), new Conformance(false), new Conformance(true), new FeaturesSupported()));
    out.addAll(List.of(new InstancesScaling(), new RunsOnPyPy(), new MinimalServer()));
    Arrays.stream(Feature.values()).forEach(f -> out.add(new OfFeature(f)));
    return out;
  }

  static String ids() {
    return String.join(", ", all().stream().map(Measurement::id).toList());
  }

  /** A metric of the runs: the median of the target's repeats, as the report's tables show it. */
  record OfMetric(Metric metric) implements Measurement {
    public String id() {
      return metric.id();
    }

    public String title() {
      return metric.title().toLowerCase(Locale.ROOT).replace("cpu", "CPU").replace("rss", "RSS");
    }

    public Metric.Better better() {
      return metric.better();
    }

    public Optional<Figure> of(String target, ReportData data) {
      return data.spread(target, metric).map(s -> figure(metric, s));
    }

    /** The median written with its lowest–highest and how many runs, e.g. {@code 14.5 ms (14.0–15.2 ms, 3 runs)}. */
    static Figure figure(Metric metric, Spread s) {
      String text = text(metric, s.median())
          + (s.count() > 1 ? " (" + text(metric, s.min()) + "–" + text(metric, s.max()) + ", " + s.count() + " runs)" : " (1 run)");
      return new Figure(s.median(), text, s.min(), s.max(), s.count());
    }

    public List<String> targets(ReportData data) {
      return data.targetsWith(metric);
    }

    /** A figure with its unit named: rates and counts say what they count. */
    static String text(Metric m, double v) {
      return switch (m.kind()) {
        case RATE, COUNT -> Units.whole(v) + " " + m.unit();
        default -> m.alone(v);
      };
    }
  }

  /**
   * A latency percentile at equal load: every compared target driven open loop at one rate below
   * its knee ({@link ReportData#equalLoad()}), where latency is compared.
   */
  record AtEqualLoad(Metric metric) implements Measurement {
    public String id() {
      return metric.id() + "-at-equal-load";
    }

    public String title() {
      return metric.title().toLowerCase(Locale.ROOT) + " at equal load";
    }

    public Metric.Better better() {
      return metric.better();
    }

    public Optional<Figure> of(String target, ReportData data) {
      if (data.equalLoadNotBelowKnee(target).isPresent()) {
        return Optional.empty(); // not shown below its knee: not the equal load latency is judged at
      }
      return data.equalLoadSpread(target, metric).map(s -> {
        Figure f = OfMetric.figure(metric, s);
        String at = " at " + Units.whole(data.equalLoadRate().getAsDouble()) + " msgs/s";
        return new Figure(f.value(), f.text().replaceFirst(" \\(", at + " ("), f.low(), f.high(), f.runs());
      });
    }

    public List<String> targets(ReportData data) {
      return data.targetsAtEqualLoad(metric);
    }
  }

  /**
   * A sweep's knee: the highest offered rate within the bounds, or ({@code cores}) the target's
   * CPU at that step in cores, where a single-threaded server shows about 1.0 when its one thread
   * is the limit.
   */
  record Knee(boolean cores) implements Measurement {
    public String id() {
      return cores ? "target-cores-at-knee" : "sweep-knee";
    }

    public String title() {
      return cores ? "target CPU at its knee, in cores" : "sweep knee (the highest rate within its bounds)";
    }

    public Metric.Better better() {
      return cores ? Metric.Better.LOWER : Metric.Better.HIGHER;
    }

    public Optional<Figure> of(String target, ReportData data) {
      return data.sweep(target).flatMap(s -> {
        if (s.kneeRate().isEmpty()) {
          return Optional.empty();
        }
        double rate = s.kneeRate().getAsDouble();
        String knee = Units.whole(rate) + " msgs/s";
        if (!cores) {
          // the next step, one precision higher, failed: the knee is known to that precision either
          // side; a sweep the generator stopped knows only that the target sustained at least this
          String within = s.kneeIsLowerBound()
              ? "at least " + knee + " (1 sweep, stopped before the target's limit: " + s.stopped() + ")"
              : String.format(Locale.ROOT, "%s (1 sweep, within %.0f %%)", knee, s.precision() * 100);
          return Optional.of(new Figure(rate, within, s.kneeLow(), s.kneeHigh(), 1));
        }
        if (s.kneeIsLowerBound()) {
          return Optional.empty(); // the CPU at a rate short of the knee is not the CPU at the knee
        }
        OptionalDouble c = s.kneeTargetCores();
        return c.isEmpty()
            ? Optional.empty()
            : Optional.of(new Figure(c.getAsDouble(), String.format(Locale.ROOT, "%.2f cores at its knee (%s)", c.getAsDouble(), knee)));
      });
    }

    public List<String> targets(ReportData data) {
      return data.inputs().sweeps().stream().map(SweepKnee::label).distinct().filter(t -> of(t, data).isPresent()).toList();
    }
  }

  /** The conformance suite: strict (no case failed or non-strict), or ({@code failedCases}) the cases failed. */
  record Conformance(boolean failedCases) implements Measurement {
    public String id() {
      return failedCases ? "conformance-failed" : "conformance-strict";
    }

    public String title() {
      return failedCases ? "Autobahn|Testsuite cases failed" : "Autobahn|Testsuite: every case strict";
    }

    public Metric.Better better() {
      return failedCases ? Metric.Better.LOWER : Metric.Better.HIGHER;
    }

    @Override
    public boolean yesOrNo() {
      return !failedCases;
    }

    public Optional<Figure> of(String target, ReportData data) {
      return data.conformance(target).map(s -> {
        String counts = s.ok() + " OK, " + s.nonStrict() + " non-strict, " + s.failed() + " failed of " + s.total() + " cases";
        return failedCases
            ? new Figure(s.failed(), Units.plural(s.failed(), "case") + " failed of " + s.total())
            : new Figure(s.strict() ? 1 : 0, (s.strict() ? "strict: " : "not strict: ") + counts);
      });
    }

    public List<String> targets(ReportData data) {
      return data.inputs().conformance().values().stream().map(ConformanceSummary::target).sorted().toList();
    }
  }

  /** A feature the probe tried: yes or no (a step that could not be tried has no figure). */
  record OfFeature(Feature feature) implements Measurement {
    public String id() {
      return "feature:" + feature.id();
    }

    public String title() {
      return "feature probe: " + feature.title();
    }

    public Metric.Better better() {
      return Metric.Better.HIGHER;
    }

    @Override
    public boolean yesOrNo() {
      return true;
    }

    public Optional<Figure> of(String target, ReportData data) {
      return data.features(target)
          .filter(r -> r.unreachable().isEmpty())
          .map(r -> r.result(feature))
          .filter(r -> r.verdict() != Verdict.UNKNOWN)
          .map(r -> new Figure(r.verdict() == Verdict.YES ? 1 : 0, r.verdict().word() + " (" + r.detail() + ")"));
    }

    public List<String> targets(ReportData data) {
      return data.inputs().features().keySet().stream().sorted().filter(t -> of(t, data).isPresent()).toList();
    }
  }

  /** How many of the probe's features the target has. */
  record FeaturesSupported() implements Measurement {
    public String id() {
      return "features-supported";
    }

    public String title() {
      return "features found by the probe (of " + Feature.values().length + ")";
    }

    public Metric.Better better() {
      return Metric.Better.HIGHER;
    }

    public Optional<Figure> of(String target, ReportData data) {
      return data.features(target).filter(r -> r.unreachable().isEmpty()).map(r -> {
        List<String> yes = r.results().stream().filter(f -> f.verdict() == Verdict.YES).map(FeatureResult::name).toList();
        return new Figure(yes.size(), yes.size() + " of " + Feature.values().length + (yes.isEmpty() ? "" : " (" + String.join(", ", yes) + ")"));
      });
    }

    public List<String> targets(ReportData data) {
      return Stream.of(data.inputs().features().keySet()).flatMap(s -> s.stream().sorted()).filter(t -> of(t, data).isPresent()).toList();
    }
  }

  /**
   * The knee of several instances behind a balancer over the knee of one ({@link InstanceScaling}):
   * 2.0 when two instances take twice the load. The figure says the cores were shared.
   */
  record InstancesScaling() implements Measurement {
    public String id() {
      return "instances-scaling";
    }

    public String title() {
      return "knee of several instances over one's";
    }

    public Metric.Better better() {
      return Metric.Better.HIGHER;
    }

    public Optional<Figure> of(String target, ReportData data) {
      return InstanceScaling.best(data.sweepsInRunOrder(), target)
          .map(s -> new Figure(s.factor(), s.sentence(), s.factorLow(), s.factorHigh(), 1));
    }

    public List<String> targets(ReportData data) {
      return InstanceScaling.of(data.sweepsInRunOrder()).stream().map(InstanceScaling::target).distinct().toList();
    }
  }

  /** Yes when both the target and its PyPy twin ({@code autobahn-pypy}) echoed in a completed run. */
  record RunsOnPyPy() implements Measurement {
    public String id() {
      return "runs-on-pypy";
    }

    public String title() {
      return "echoes on CPython and on PyPy";
    }

    public Metric.Better better() {
      return Metric.Better.HIGHER;
    }

    @Override
    public boolean yesOrNo() {
      return true;
    }

    public Optional<Figure> of(String target, ReportData data) {
      OptionalDouble cpython = data.median(target, Metric.THROUGHPUT);
      OptionalDouble pypy = data.median(target + "-pypy", Metric.THROUGHPUT);
      if (cpython.isEmpty() || pypy.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Figure(1, "yes: " + target + " " + Units.whole(cpython.getAsDouble()) + " msgs/s on CPython, "
          + target + "-pypy " + Units.whole(pypy.getAsDouble()) + " msgs/s on PyPy"));
    }

    public List<String> targets(ReportData data) {
      return data.targetsWith(Metric.THROUGHPUT).stream().filter(t -> of(t, data).isPresent()).toList();
    }
  }

  /**
   * The lines of the library's smallest complete echo server ({@link MinimalServers}), with its
   * imports and the library names and callbacks it takes: facts about the code, no verdict on ease.
   */
  record MinimalServer() implements Measurement {
    public String id() {
      return "minimal-server-lines";
    }

    public String title() {
      return "lines of the smallest complete echo server";
    }

    public Metric.Better better() {
      return Metric.Better.LOWER;
    }

    public Optional<Figure> of(String target, ReportData data) {
      return counts().stream().filter(c -> c.library().id().equals(target)).findFirst().map(c -> new Figure(c.lines(),
          c.lines() + " lines, " + Units.plural(c.imports(), "import") + ", " + Units.plural(c.names().size(), "library name")
              + " and " + Units.plural(c.callbacks().size(), "callback") + " (src/site/minimal/" + c.library().file() + ")"));
    }

    public List<String> targets(ReportData data) {
      return counts().stream().map(c -> c.library().id()).toList();
    }

    private static List<MinimalServers.Count> counts() {
      try {
        Optional<java.nio.file.Path> folder = MinimalServers.locate();
        return folder.isEmpty() ? List.of() : MinimalServers.count(folder.get());
      } catch (java.io.IOException e) {
        return List.of();
      }
    }
  }
}
