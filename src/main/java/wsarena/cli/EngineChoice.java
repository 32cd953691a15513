package wsarena.cli;

import picocli.CommandLine.Option;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.ThreadingModel;

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
  ServerDescription engine(TargetCatalog catalog) {
    return catalog.engine(engine).orElseThrow(() -> new UserError(catalog.unknownEngine(engine)));
  }

  /**
   * The model named by {@code --model}, or the engine's first when none was given; a {@link
   * UserError} when the engine does not run in it.
   */
  ThreadingModel model(ServerDescription e) {
    if (model == null) {
      return e.threadingModels().stream()
          .findFirst()
          .orElseThrow(() -> new UserError(e.id() + " offers no threading model"));
    }
    if (!e.offers(model)) {
      throw new UserError(e.lacks(model.cliName()));
    }
    return model;
  }
}
