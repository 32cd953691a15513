package wsarena.cli;

import java.util.Comparator;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import wsarena.engine.EngineCatalog;
import wsarena.engine.EngineException;
import wsarena.engine.ServerEngine;
import wsarena.engine.ThreadingModel;

/**
 * {@code --engine} and {@code --model}: an embedded engine in one of its threading models ({@code
 * run}, {@code serve}, {@code features}). Their defaults differ by command ({@link Defaults}):
 * {@code run} and {@code serve} start Undertow on its event loop, {@code features} probes an
 * engine only when asked. Descriptions per command are in {@code Help.properties}.
 */
final class EngineChoice {
  @Option(names = "--engine", paramLabel = "ENGINE", descriptionKey = "engine")
  String engine;

  @Option(names = "--model", paramLabel = "MODEL", descriptionKey = "model")
  ThreadingModel model;

  boolean engineGiven() {
    return engine != null;
  }

  /** The engine named by {@code --engine}, or a {@link UserError} naming the known ones. */
  ServerEngine engine(EngineCatalog catalog) {
    try {
      return catalog.require(engine);
    } catch (EngineException e) {
      throw new UserError(e.getMessage());
    }
  }

  /**
   * The model named by {@code --model}, or the engine's first when none was given; a {@link
   * UserError} when the engine does not run in it.
   */
  ThreadingModel model(ServerEngine e) {
    if (model == null) {
      return e.models().stream()
          .min(Comparator.naturalOrder())
          .orElseThrow(() -> new UserError(e.id() + " offers no threading model"));
    }
    if (!e.models().contains(model)) {
      throw new UserError(
          e.id() + " has no " + model.cliName() + " model (it offers "
              + e.models().stream().sorted().map(ThreadingModel::cliName).collect(Collectors.joining(", "))
              + ")");
    }
    return model;
  }
}
