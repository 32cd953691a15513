package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import wsarena.metrics.RunResult;
import wsarena.probe.FeatureTable;

/**
 * Runs laid side by side and what makes them less comparable than the table suggests: runs
 * measured on another machine than the first ({@link Machines#same}), or under another load (other
 * connections, rate, payload, duration, warm-up...). The first run is the reference, as it is the
 * first row of every table.
 *
 * <p>One model for the window's comparison report and {@code wsarena compare}, so both warn about
 * the same things in the same words.
 *
 * @param runs the runs, in the table's order
 * @param cautions one sentence each, e.g. {@code netty-event-loop was measured under another load
 *     than undertow-event-loop: 30.0 s measured after 5.0 s warm-up (undertow-event-loop: 10.0 s
 *     measured after 2.0 s warm-up)}, or {@code ... was measured on other hardware than ...: AMD
 *     EPYC 7B13 · 2 cores / 2 threads · ...}; empty when the runs compare as they stand
 */
public record Comparison(List<RunResult> runs, List<String> cautions) {
  /** The columns of {@link #checks()}'s rows. */
  public static final List<String> CHECK_COLUMNS = List.of("target", "conformance", "features");

  /**
   * What checking a target before its load found, in one line each: {@code conformance: 298 OK · 0
   * non-strict · 0 failed} and the feature verdicts ({@code TLS no · permessage-deflate yes · ...});
   * {@code n/a} for what the run did not check (or the suite could not judge: its warning says why).
   */
  public record CheckRow(String target, String conformance, String features) {
    public List<String> cells() {
      return List.of(target, conformance, features);
    }
  }

  public Comparison {
    runs = List.copyOf(runs);
    cautions = List.copyOf(cautions);
  }

  /** One row per run, in the table's order, when any run checked its target; else none. */
  public List<CheckRow> checks() {
    if (runs.stream().noneMatch(r -> r.conformance() != null || r.features() != null)) {
      return List.of();
    }
    return runs.stream()
        .map(r -> new CheckRow(
            r.target().label(),
            r.conformance() == null ? Units.NOT_KNOWN : ConformanceTable.oneLine(r.conformance()),
            r.features() == null ? Units.NOT_KNOWN : FeatureTable.oneLine(r.features())))
        .toList();
  }

  public static Comparison of(List<RunResult> runs) {
    if (runs.size() < 2) {
      return new Comparison(runs, List.of());
    }
    RunResult first = runs.getFirst();
    String firstLoad = MarkdownSummary.describe(first.scenario());
    Map<String, List<String>> otherLoads = new LinkedHashMap<>();
    List<String> otherHardware = new ArrayList<>();
    for (RunResult r : runs.subList(1, runs.size())) {
      String load = MarkdownSummary.describe(r.scenario());
      if (!load.equals(firstLoad)) {
        otherLoads.computeIfAbsent(load, k -> new ArrayList<>()).add(r.target().label());
      }
      if (!Machines.same(first.host(), r.host())) {
        otherHardware.add(
            r.target().label() + " was measured on other hardware than " + first.target().label() + ": "
                + Machines.summaryLine(r.host()));
      }
    }
    List<String> cautions = new ArrayList<>();
    otherLoads.forEach(
        (load, labels) ->
            cautions.add(
                String.join(", ", labels) + (labels.size() == 1 ? " was" : " were") + " measured under another load than "
                    + first.target().label() + ": " + onlyIn(load, firstLoad) + " (" + first.target().label() + ": "
                    + onlyIn(firstLoad, load) + ")"));
    cautions.addAll(otherHardware);
    return new Comparison(runs, cautions);
  }

  /** The parts of a one-line load ("echo · 100 connections · ...") that the other line lacks. */
  private static String onlyIn(String load, String other) {
    List<String> theirs = List.of(other.split(" · "));
    List<String> differing = Stream.of(load.split(" · ")).filter(part -> !theirs.contains(part)).toList();
    return differing.isEmpty() ? load : String.join(" · ", differing);
  }

  /**
   * The machine under a picture of the runs: the first run's, and how many others there are, e.g.
   * {@code AMD EPYC 7B13 · 2 cores / 2 threads · ... (and 1 other machine)}; empty for no run.
   */
  public String hostLine() {
    if (runs.isEmpty()) {
      return "";
    }
    return hostLine(Machines.summaryLine(runs.getFirst().hosts()), machines());
  }

  /** The first run's machines, and how many other machines there are (a sweep's steps name theirs too). */
  public static String hostLine(String first, long machines) {
    return machines == 1 ? first : first + " (and " + (machines - 1) + " other machine" + (machines > 2 ? "s" : "") + ")";
  }

  /** How many machines the runs come from. */
  public long machines() {
    List<RunResult> seen = new ArrayList<>();
    for (RunResult r : runs) {
      if (seen.stream().noneMatch(s -> Machines.same(s.host(), r.host()))) {
        seen.add(r);
      }
    }
    return seen.size();
  }
}
