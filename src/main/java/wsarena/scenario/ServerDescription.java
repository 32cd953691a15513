package wsarena.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server wsarena can start, as the window, the commands and the validator see it: an engine of
 * this build or a Python server from {@code src/peers}. A plain value: the run layer builds it from
 * what the build carries, so nothing that reads it can start anything.
 *
 * @param id the name on the command line and in files, e.g. {@code undertow} or {@code tornado}
 * @param displayName the name shown to people, e.g. {@code Undertow 2.4.4.Final}
 * @param libraryVersion the version of the library that serves, e.g. {@code 2.4.4.Final}
 * @param models the threading models it runs in, in {@link ThreadingModel} order, each with one
 *     line on how this server spends its threads there
 * @param tls a run can have it serve {@code wss://}
 * @param compression it accepts permessage-deflate when the client offers it
 * @param runtime what runs a Python server, as its name says it: {@code Python} (the system's
 *     CPython) or e.g. {@code PyPy 7.3.11}; empty for an engine of this build
 */
public record ServerDescription(
    String id,
    String displayName,
    String libraryVersion,
    List<Model> models,
    boolean tls,
    boolean compression,
    String runtime) {

  /** What {@link #pythonName} says for the system's CPython. */
  public static final String PYTHON = "Python";

  /** A threading model as this server runs it, with the line that says how. */
  public record Model(ThreadingModel model, String description) {}

  public ServerDescription {
    models = models.stream().sorted(Comparator.comparing(Model::model)).toList();
    Objects.requireNonNull(runtime, "runtime: empty for an engine of this build");
  }

  /**
   * This Python server as people name it, e.g. {@code Tornado 6.2 (Python)} or {@code Tornado 6.2
   * (PyPy 7.3.11)}.
   */
  public String pythonName() {
    return pythonName(displayName, libraryVersion, runtime.isEmpty() ? PYTHON : runtime);
  }

  /**
   * A Python server as people name it: its name, its version to the minor number, and the
   * language, e.g. {@code Tornado 6.2 (Python)} or {@code Autobahn|Twisted 22.7 (Python)}.
   *
   * @param version e.g. {@code 22.7.1}; null or empty when unknown
   */
  public static String pythonName(String displayName, String version) {
    return pythonName(displayName, version, PYTHON);
  }

  /** As {@link #pythonName(String, String)}, on {@code runtime}, e.g. {@code PyPy 7.3.11}. */
  public static String pythonName(String displayName, String version, String runtime) {
    String[] parts = version == null ? new String[0] : version.split("\\.");
    String shown = parts.length > 2 ? parts[0] + "." + parts[1] : version == null ? "" : version;
    return displayName + (shown.isEmpty() ? "" : " " + shown) + " (" + runtime + ")";
  }

  /** The models alone, in {@link ThreadingModel} order. */
  public List<ThreadingModel> threadingModels() {
    return models.stream().map(Model::model).toList();
  }

  public boolean offers(ThreadingModel model) {
    return find(model).isPresent();
  }

  /**
   * One line on how this server spends its threads in {@code model}; the model's general sentence
   * when the server has none of its own or does not offer it.
   */
  public String describe(ThreadingModel model) {
    return find(model)
        .map(Model::description)
        .filter(line -> line != null && !line.isBlank())
        .orElse(model.description());
  }

  /** Why this server cannot run in {@code model} (given by its command-line name), as a sentence. */
  public String lacks(String model) {
    return ThreadingModel.notOffered(displayName, model, threadingModels());
  }

  private Optional<Model> find(ThreadingModel model) {
    return models.stream().filter(m -> m.model() == model).findFirst();
  }
}
