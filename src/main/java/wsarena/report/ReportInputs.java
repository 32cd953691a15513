package wsarena.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceJson;
import wsarena.conformance.ConformanceReport;
import wsarena.conformance.ConformanceSummary;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureReportJson;

/**
 * Everything a report is made of, read from the files and folders a reviewer names: saved runs and
 * shootouts (their runs), sweeps ({@code sweep.json}), the conformance suite's verdicts ({@code
 * conformance.json}) and feature probes ({@code wsarena features --out}, one file per target, named
 * by its label: {@code features/tornado.json} or {@code tornado.features.json}). A folder is read
 * as what it holds: a shootout's or a sweep's folder as that, any other folder file by file and
 * its folders in turn. What cannot be read becomes a sentence in {@link #problems()}; the rest is
 * still read.
 *
 * @param runs every run read, in the order given (a shootout's in its table's order)
 * @param conformance the suite's verdicts per target label
 * @param notJudged targets the suite could not judge, with why
 * @param features the feature probe's report per target label
 * @param sweeps each sweep read
 * @param problems one sentence per file that could not be read
 */
public record ReportInputs(
    List<SavedRun.Loaded> runs,
    Map<String, ConformanceSummary> conformance,
    List<ConformanceFailure> notJudged,
    Map<String, FeatureReport> features,
    List<SweepKnee> sweeps,
    List<String> problems) {

  /** How deep a folder given is searched for results: a report's folder and one level of groups. */
  private static final int MAX_DEPTH = 3;

  private static final ObjectMapper TREE = new ObjectMapper();

  public ReportInputs {
    runs = List.copyOf(runs);
    conformance = Map.copyOf(conformance);
    notJudged = List.copyOf(notJudged);
    features = Map.copyOf(features);
    sweeps = List.copyOf(sweeps);
    problems = List.copyOf(problems);
  }

  /**
   * Runs laid side by side elsewhere (the Compare view's), each contender's runs under the name it
   * has there, with nothing else.
   */
  public static ReportInputs ofContenders(List<Contender> contenders) {
    List<SavedRun.Loaded> runs = new ArrayList<>();
    Path nowhere = Path.of("");
    for (int i = 0; i < contenders.size(); i++) {
      Contender c = contenders.get(i);
      for (int r = 0; r < c.runs().size(); r++) {
        runs.add(new SavedRun.Loaded(nowhere, c.runs().get(r), List.of(),
            java.util.Optional.of(new SavedRun.ShootoutMember(nowhere, i, c.name(), r + 1))));
      }
    }
    return new ReportInputs(runs, Map.of(), List.of(), Map.of(), List.of(), List.of());
  }

  /** Reads each path in order; never throws for a file's content. */
  public static ReportInputs read(List<Path> paths) {
    Collector c = new Collector();
    paths.forEach(p -> c.path(p, 0));
    return new ReportInputs(c.runs, c.conformance, c.notJudged, c.features, c.sweeps, c.problems);
  }

  private static final class Collector {
    final List<SavedRun.Loaded> runs = new ArrayList<>();
    final Map<String, ConformanceSummary> conformance = new LinkedHashMap<>();
    final List<ConformanceFailure> notJudged = new ArrayList<>();
    final Map<String, FeatureReport> features = new LinkedHashMap<>();
    final List<SweepKnee> sweeps = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    void path(Path path, int depth) {
      if (!Files.exists(path)) {
        problems.add("Could not read " + path + ": there is no such file or folder.");
      } else if (Files.isDirectory(path)) {
        folder(path, depth);
      } else {
        file(path);
      }
    }

    private void folder(Path dir, int depth) {
      if (Files.isRegularFile(dir.resolve(ShootoutFiles.INDEX)) || Files.isRegularFile(dir.resolve(ResultFiles.JSON))) {
        runs(dir);
        return;
      }
      // a sweep's folder holds its steps' runs: its sweep.json is enough
      if (Files.isRegularFile(dir.resolve("sweep.json"))) {
        file(dir.resolve("sweep.json"));
        return;
      }
      // the suite's own reports of one target (index.html, index.json, a file per case): conformance.json sums them up
      if (Files.isRegularFile(dir.resolve("index.html"))) {
        return;
      }
      if (depth >= MAX_DEPTH) {
        return;
      }
      List<Path> entries;
      try (Stream<Path> list = Files.list(dir)) {
        entries = list.sorted().toList();
      } catch (IOException e) {
        problems.add("Could not read the folder " + dir + ": " + SavedRunReader.describe(e) + ".");
        return;
      }
      for (Path p : entries) {
        if (Files.isDirectory(p)) {
          folder(p, depth + 1);
        } else if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
            || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wsarena")) {
          file(p);
        }
      }
    }

    private void file(Path file) {
      JsonNode tree;
      try {
        tree = Files.size(file) > SavedRunReader.MAX_BYTES ? null : TREE.readTree(file.toFile());
      } catch (IOException e) {
        tree = null;
      }
      try {
        if (tree != null && isConformance(tree)) {
          ConformanceReport report = ConformanceJson.read(file);
          report.targets().forEach(s -> conformance.put(s.target(), s));
          notJudged.addAll(report.failures());
        } else if (tree != null && SweepKnee.isSweep(tree)) {
          SweepKnee.of(tree, file).ifPresentOrElse(sweeps::add,
              () -> problems.add("Could not read " + file + ": it is a sweep without a target."));
        } else if (tree != null && tree.has("probedAt") && tree.path("results").isArray()) {
          features.put(featureLabel(file), FeatureReportJson.read(Files.readString(file)));
        } else {
          runs(file);
        }
      } catch (IOException | RuntimeException e) {
        problems.add("Could not read " + file + ": " + SavedRunReader.describe(e) + ".");
      }
    }

    private void runs(Path path) {
      List<SavedRun> read = SavedRunReader.readAll(path);
      for (SavedRun.Loaded l : SavedRunReader.loaded(read)) {
        runs.add(l);
        // a run asked to check its target (run --conformance, bench --conformance) carries what the probe and the suite found
        String label = l.shootout().map(SavedRun.ShootoutMember::label).orElse(l.result().target().label());
        if (l.result().features() != null) {
          features.putIfAbsent(label, l.result().features());
        }
        if (l.result().conformance() != null) {
          conformance.putIfAbsent(label, l.result().conformance());
        }
      }
      SavedRunReader.problems(read).ifPresent(problems::add);
    }
  }

  /** A feature probe's target: its file's name, {@code tornado.json} or {@code tornado.features.json}. */
  static String featureLabel(Path file) {
    String name = file.getFileName().toString();
    name = name.replaceFirst("(?i)\\.(json|wsarena)$", "");
    return name.endsWith(".features") ? name.substring(0, name.length() - ".features".length()) : name;
  }

  /** What tells {@code conformance.json} from the other files: the suite and the targets it judged. */
  private static boolean isConformance(JsonNode tree) {
    return tree.has("suite") && tree.path("targets").isArray() && tree.has("failures");
  }
}
