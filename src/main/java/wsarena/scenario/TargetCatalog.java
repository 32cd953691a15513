package wsarena.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What this build can measure besides a URL: its engines and the Python servers, as descriptions.
 * The window fills its pickers from it, the commands list and check names against it, and {@link
 * ScenarioValidator} judges a scenario by it. The run layer builds it ({@code Targets.catalog()}).
 *
 * @param engines the embedded engines, in the order they are offered (Undertow first)
 * @param pythonServers the Python servers of {@code src/peers}
 */
public record TargetCatalog(List<ServerDescription> engines, List<ServerDescription> pythonServers) {

  public TargetCatalog {
    engines = List.copyOf(engines);
    pythonServers = List.copyOf(pythonServers);
  }

  public Optional<ServerDescription> engine(String id) {
    return find(engines, id);
  }

  public Optional<ServerDescription> pythonServer(String id) {
    return find(pythonServers, id);
  }

  /** {@code unknown engine 'x' (known: undertow, netty, jetty)} */
  public String unknownEngine(String id) {
    return "unknown engine '" + id + "' (known: " + ids(engines) + ")";
  }

  /** {@code unknown peer 'x' (known: tornado, autobahn)} */
  public String unknownPythonServer(String id) {
    return "unknown peer '" + id + "' (known: " + ids(pythonServers) + ")";
  }

  private static Optional<ServerDescription> find(List<ServerDescription> list, String id) {
    return id == null ? Optional.empty() : list.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
  }

  private static String ids(List<ServerDescription> list) {
    return list.stream().map(ServerDescription::id).collect(Collectors.joining(", "));
  }
}
