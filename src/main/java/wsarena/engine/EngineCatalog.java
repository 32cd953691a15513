package wsarena.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The engines this build carries, found through {@link ServiceLoader} (each engine room lists itself
 * in {@code META-INF/services/wsarena.engine.ServerEngine}), so rooms never import each other.
 */
public final class EngineCatalog {
  private static final List<String> PREFERRED_ORDER = List.of("undertow", "netty", "jetty");

  private final List<ServerEngine> engines;

  public EngineCatalog(List<ServerEngine> engines) {
    this.engines = List.copyOf(engines);
  }

  /** Every engine on the class path, Undertow first. */
  public static EngineCatalog standard() {
    List<ServerEngine> found =
        ServiceLoader.load(ServerEngine.class).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparingInt(EngineCatalog::rank).thenComparing(ServerEngine::id))
            .toList();
    return new EngineCatalog(found);
  }

  private static int rank(ServerEngine engine) {
    int i = PREFERRED_ORDER.indexOf(engine.id());
    return i < 0 ? PREFERRED_ORDER.size() : i;
  }

  public List<ServerEngine> engines() {
    return engines;
  }

  public Optional<ServerEngine> find(String id) {
    return engines.stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The engine with this id, or an exception whose message lists the known ones. */
  public ServerEngine require(String id) throws EngineException {
    return find(id)
        .orElseThrow(
            () ->
                new EngineException(
                    "unknown engine '" + id + "' (known: " + String.join(", ", ids()) + ")"));
  }

  public List<String> ids() {
    return engines.stream().map(ServerEngine::id).toList();
  }
}
