package wsarena.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.scenario.Workload;
import wsarena.text.Sentences;

/**
 * Reads a saved run (the JSON {@link ResultJson} writes: {@code result.json} of {@code wsarena run
 * --out}, {@code <label>.json} of {@code wsarena bench --out}, or a {@code .wsarena} file saved by
 * the window), or a sweep ({@code sweep.json} of {@code wsarena sweep --out}), and checks that it
 * is one. The window's Open results and the CLI's {@code compare}
 * and {@code chart} read through here, so a file is judged one way. Every failure becomes a reason
 * a user can read, never an exception: a damaged, truncated, empty or missing file, a JSON file of
 * something else, a scenario given for a result.
 *
 * <p>Blocking: a window calls it off its FX thread.
 */
public final class SavedRunReader {
  /** The endings of run result files: what wsarena writes, and so what it opens. */
  public static final List<String> EXTENSIONS = List.of(".wsarena", ".json");

  /**
   * The largest file taken for a result. A 10-minute run sampled every 100 ms is about 5 MB; a file
   * far beyond that is something else, and reading it whole would only stall.
   */
  static final long MAX_BYTES = 256L << 20;

  private static final ObjectMapper TREE = new ObjectMapper();

  private SavedRunReader() {}

  /**
   * Reads each file, in order: a run result file as one run; a saved shootout (its {@value
   * ShootoutFiles#INDEX}, or its folder) as each of its runs, in its table's order; the folder of
   * {@code wsarena run --out} as its {@code result.json}.
   */
  public static List<SavedRun> read(List<Path> files) {
    return files.stream().flatMap(f -> readAll(f).stream()).toList();
  }

  /** What {@code path} holds: one run, or a saved shootout's runs (see {@link #read(List)}). */
  public static List<SavedRun> readAll(Path path) {
    try {
      if (Files.isDirectory(path)) {
        return readFolder(path);
      }
      if (path.getFileName() != null && path.getFileName().toString().equalsIgnoreCase(ShootoutFiles.INDEX)) {
        return ShootoutReading.read(path);
      }
      SavedRun one = read(path);
      if (one instanceof SavedRun.Unreadable u && u.reason().equals(SHOOTOUT_INDEX)) {
        return ShootoutReading.read(path);
      }
      return List.of(one);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(new SavedRun.Unreadable(path, "it could not be read as a run result (" + describe(e) + ")"));
    }
  }

  private static List<SavedRun> readFolder(Path dir) {
    if (Files.isRegularFile(dir.resolve(ShootoutFiles.INDEX))) {
      return ShootoutReading.read(dir.resolve(ShootoutFiles.INDEX));
    }
    if (Files.isRegularFile(dir.resolve(ResultFiles.JSON))) {
      return List.of(read(dir.resolve(ResultFiles.JSON)));
    }
    return List.of(new SavedRun.Unreadable(
        dir, "it is a folder with neither a shootout (" + ShootoutFiles.INDEX + ") nor a run (" + ResultFiles.JSON + ") in it"));
  }

  /** The reason {@link #read(Path)} gives a shootout's index, which {@link #readAll} then reads as one. */
  static final String SHOOTOUT_INDEX = "it is a shootout's index, not a single run";

  /** One sentence for the files that could not be read, or empty when every one was a run. */
  public static Optional<String> problems(List<SavedRun> read) {
    List<SavedRun.Unreadable> unreadable =
        read.stream().filter(SavedRun.Unreadable.class::isInstance).map(SavedRun.Unreadable.class::cast).toList();
    return unreadable.isEmpty() ? Optional.empty() : Optional.of(SavedRun.sentence(unreadable));
  }

  /** The sweeps among {@code read}, in order. */
  public static List<SavedRun.SweepLoaded> sweeps(List<SavedRun> read) {
    return read.stream().filter(SavedRun.SweepLoaded.class::isInstance).map(SavedRun.SweepLoaded.class::cast).toList();
  }

  /** The runs among {@code read}, in order. */
  public static List<SavedRun.Loaded> loaded(List<SavedRun> read) {
    return read.stream().filter(SavedRun.Loaded.class::isInstance).map(SavedRun.Loaded.class::cast).toList();
  }

  public static SavedRun read(Path file) {
    try {
      return readChecked(file);
    } catch (RuntimeException | StackOverflowError e) {
      // a bug or a pathological file: still a sentence, not a trace
      return new SavedRun.Unreadable(file, "it could not be read as a run result (" + describe(e) + ")");
    }
  }

  private static SavedRun readChecked(Path file) {
    if (Files.isDirectory(file)) {
      return new SavedRun.Unreadable(file, "it is a folder, not a run result file");
    }
    if (!Files.exists(file)) {
      return new SavedRun.Unreadable(file, "there is no such file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
      return new SavedRun.Unreadable(
          file, "wsarena opens run results, which end in .wsarena or .json");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return new SavedRun.Unreadable(file, ioReason(e));
    }
    if (size == 0) {
      return new SavedRun.Unreadable(file, "the file is empty");
    }
    if (size > MAX_BYTES) {
      return new SavedRun.Unreadable(
          file, "at " + (size >> 20) + " MiB it is far too large to be a wsarena run result");
    }
    // Syntax first, on the text alone, so a damaged file is told apart from JSON of another kind.
    JsonNode tree;
    String text = "";
    try {
      text = Files.readString(file);
      tree = TREE.readTree(text);
    } catch (CharacterCodingException e) {
      return new SavedRun.Unreadable(file, "it is not a text file, so not a wsarena run result");
    } catch (StreamReadException e) {
      // Jackson says "end-of-input" with a JsonEOFException inside a value, but with a plain
      // parse exception between two entries: where the text stops is what tells a cut file.
      boolean cut = e instanceof JsonEOFException || text.isBlank() || text.strip().length() <= offset(e.getLocation());
      return new SavedRun.Unreadable(
          file,
          cut
              ? "it is damaged: its JSON breaks off" + at(e.getLocation()) + " (cut short?)"
              : "it is damaged: it is not valid JSON" + at(e.getLocation()));
    } catch (IOException e) {
      return new SavedRun.Unreadable(file, ioReason(e));
    }
    if (tree != null && tree.isObject() && ShootoutFiles.KIND.equals(tree.path("kind").asText(null))) {
      return new SavedRun.Unreadable(file, SHOOTOUT_INDEX);
    }
    if (tree != null && tree.isObject() && tree.has("target") && tree.has("load") && !tree.has("samples")) {
      return new SavedRun.Unreadable(
          file, "it is a scenario, not a run result (run it with 'wsarena run --scenario FILE' or the window's --scenario FILE)");
    }
    if (tree != null && tree.isObject() && tree.has("steps") && tree.has("stopReason")) {
      return readSweep(file, text);
    }
    RunResult result;
    try {
      result = ResultJson.parse(file);
    } catch (DatabindException e) {
      Optional<String> damaged = damagedPart(e);
      if (damaged.isPresent()) {
        return new SavedRun.Unreadable(file, damaged.get());
      }
      return new SavedRun.Unreadable(file, notAResult(mappingProblem(e)));
    } catch (JacksonException e) {
      return new SavedRun.Unreadable(file, "it is damaged (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      // e.g. a histogram that does not decode: its message is a sentence already
      return new SavedRun.Unreadable(file, ioReason(e));
    }
    if (result == null) {
      return new SavedRun.Unreadable(file, notAResult("it holds no object"));
    }
    Optional<String> missing = missingPart(result);
    if (missing.isPresent()) {
      return new SavedRun.Unreadable(file, notAResult("it has no " + missing.get()));
    }
    Optional<String> impossible = ImpossibleFigures.in(result);
    if (impossible.isPresent()) {
      return new SavedRun.Unreadable(file, "it holds a figure no run can have measured: " + impossible.get());
    }
    if (result.scenario().workload() == null) {
      // saved before workloads were recorded, when every run was an echo
      result = result.withScenario(result.scenario().withWorkload(Workload.ECHO));
    }
    return new SavedRun.Loaded(file, result, PercentileCurve.of(result.latency()));
  }

  /** A sweep's file: its steps must be there, each with its load and histogram, for a chart to draw it. */
  private static SavedRun readSweep(Path file, String text) {
    SweepResult sweep;
    try {
      sweep = SweepJson.parse(text);
    } catch (DatabindException e) {
      return new SavedRun.Unreadable(file, damagedPart(e).orElse("it is JSON, but not a wsarena sweep (" + mappingProblem(e) + ")"));
    } catch (IOException e) {
      return new SavedRun.Unreadable(file, ioReason(e));
    }
    if (sweep.scenario() == null || sweep.host() == null || sweep.target() == null || sweep.plan() == null
        || sweep.stopReason() == null || sweep.steps().stream().anyMatch(s -> s == null || s.histogram() == null)) {
      return new SavedRun.Unreadable(file, "it is JSON, but not a whole wsarena sweep (a part of it is missing)");
    }
    return new SavedRun.SweepLoaded(file, sweep);
  }

  /**
   * The part a result must have for the window to draw it, or empty when all are there. Jackson
   * leaves absent fields null, so a JSON file of something else maps to an empty result.
   */
  static Optional<String> missingPart(RunResult r) {
    if (r.scenario() == null || r.scenario().target() == null || r.scenario().load() == null) {
      return Optional.of("scenario");
    }
    if (r.target() == null || r.target().label() == null) {
      return Optional.of("target");
    }
    if (r.host() == null) {
      return Optional.of("host");
    }
    if (r.outcome() == null) {
      return Optional.of("outcome");
    }
    if (r.samples() == null || r.samples().stream().anyMatch(s -> s == null || s.phase() == null)) {
      return Optional.of("samples");
    }
    if (r.latency() == null) {
      return Optional.of("latency histogram");
    }
    if (r.totals() == null || r.totals().latency() == null) {
      return Optional.of("totals");
    }
    return Optional.empty();
  }

  private static String notAResult(String detail) {
    return "it is JSON, but not a wsarena run result (" + detail + ")";
  }

  /**
   * A part that is there but does not decode, e.g. a histogram: the core's reader says so in a
   * sentence, which Jackson wraps ("Unexpected IOException (of type ...): the sentence").
   */
  private static Optional<String> damagedPart(DatabindException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException io && !(io instanceof JacksonException) && io.getMessage() != null) {
        return Optional.of(io.getMessage());
      }
    }
    String message = e.getOriginalMessage();
    String wrapped = "Unexpected IOException (of type java.io.IOException): ";
    if (message != null && message.startsWith(wrapped)) {
      return Optional.of(message.substring(wrapped.length()));
    }
    return Optional.empty();
  }

  private static String mappingProblem(DatabindException e) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return "unexpected value at " + path(m.getPath());
    }
    return "unexpected content" + at(e.getLocation());
  }

  /** A JSON path as a user would write it, e.g. {@code samples[3].phase}. */
  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "the top" : sb.toString();
  }

  /** Characters read before the problem, -1 when unknown. */
  private static long offset(JsonLocation location) {
    return location == null ? -1 : location.getCharOffset();
  }

  static String at(JsonLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String ioReason(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> "there is no such file";
      case AccessDeniedException a -> "wsarena may not read it (permission denied)";
      default -> describe(e);
    };
  }

  static String describe(Throwable t) {
    if (t instanceof JsonProcessingException j && j.getOriginalMessage() != null) {
      return j.getOriginalMessage();
    }
    return Sentences.of(t);
  }
}
