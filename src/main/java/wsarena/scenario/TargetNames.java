package wsarena.scenario;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Targets as a person types them in a list: {@code undertow:event-loop} (an engine in one model),
 * {@code netty:event-loop:io_uring} (and its event loops on a transport: the same loop over epoll
 * and over io_uring side by side), {@code netty} (an engine in every model it has), {@code
 * tornado} (a Python server), {@code
 * ws://127.0.0.1:9000/echo} (a server at a URL). Every name is matched or refused with a sentence
 * that names it, so a list never loses a target silently.
 *
 * <pre>{@code
 * List<TargetSpec> targets = TargetNames.parse(List.of("undertow:event-loop", "tornado"), catalog, Isolation.PROCESS, false);
 * String typed = TargetNames.name(targets.getFirst()); // "undertow:event-loop"
 * }</pre>
 */
public final class TargetNames {
  private TargetNames() {}

  /**
   * The targets named, in the order given; an engine named alone stands for each of its models.
   *
   * @param isolation where the engines run (the Python servers always run in their own process)
   * @param compression whether the engines offer permessage-deflate
   * @throws IllegalArgumentException with one sentence: an unknown name, a model the server lacks,
   *     a target named twice, or none at all
   */
  public static List<TargetSpec> parse(List<String> names, TargetCatalog catalog, Isolation isolation, boolean compression) {
    List<TargetSpec> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : names) {
      String name = raw == null ? "" : raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      for (TargetSpec t : one(name, catalog, isolation, compression)) {
        if (!seen.add(key(t))) {
          throw new IllegalArgumentException(name(t) + " is named twice; name each target once");
        }
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("name at least one target, e.g. undertow:event-loop,tornado (" + known(catalog) + ")");
    }
    return out;
  }

  /** The name {@link #parse} reads back: {@code netty:multi-reactor}, {@code tornado}, the URL. */
  public static String name(TargetSpec target) {
    return switch (target) {
      case TargetSpec.Embedded e -> e.engine() + ":" + e.model().cliName() + (e.transport() == null ? "" : ":" + e.transport().cliName());
      case TargetSpec.Peer p -> p.peer();
      case TargetSpec.External x -> x.url().toString();
    };
  }

  /** Every name the catalog offers, one per engine and model and one per Python server. */
  public static List<String> all(TargetCatalog catalog) {
    return Stream.concat(
            catalog.engines().stream().flatMap(e -> e.threadingModels().stream().map(m -> e.id() + ":" + m.cliName())),
            catalog.pythonServers().stream().map(ServerDescription::id))
        .toList();
  }

  private static List<TargetSpec> one(String name, TargetCatalog catalog, Isolation isolation, boolean compression) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("ws://") || lower.startsWith("wss://")) {
      List<Problem> problems = ScenarioValidator.urlProblems(name);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(problems.getFirst().message());
      }
      return List.of(TargetSpec.External.of(URI.create(name)));
    }
    if (lower.contains("://")) {
      throw new IllegalArgumentException("'" + name + "' must start with ws:// or wss://");
    }
    String[] parts = name.split(":", 3);
    String server = parts[0];
    Optional<String> model = parts.length < 2 ? Optional.empty() : Optional.of(parts[1]);
    IoTransport transport = parts.length < 3 ? null : transport(name, parts[2]);
    Optional<ServerDescription> engine = catalog.engine(server);
    if (engine.isPresent()) {
      List<ThreadingModel> models = model.isEmpty() ? engine.get().threadingModels() : List.of(offered(engine.get(), model.get()));
      return models.stream()
          .<TargetSpec>map(m -> new TargetSpec.Embedded(engine.get().id(), m, isolation, 0, false, compression, transport))
          .toList();
    }
    Optional<ServerDescription> python = catalog.pythonServer(server);
    if (python.isPresent()) {
      if (transport != null) {
        throw new IllegalArgumentException("'" + name + "': " + python.get().displayName() + " runs on its own event loop; a transport (" + parts[2] + ") chooses the event loops of an engine built on Netty");
      }
      // a Python server runs in the one model it has: naming it is allowed, naming another is not
      model.ifPresent(m -> offered(python.get(), m));
      return List.of(new TargetSpec.Peer(python.get().id()));
    }
    throw new IllegalArgumentException("unknown target '" + name + "' (" + known(catalog) + ")");
  }

  /** The third part of {@code ENGINE:MODEL:TRANSPORT}: epoll, io_uring or nio. */
  private static IoTransport transport(String name, String part) {
    try {
      return IoTransport.fromCliName(part);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + name + "': " + e.getMessage());
    }
  }

  private static ThreadingModel offered(ServerDescription server, String model) {
    ThreadingModel m;
    try {
      m = ThreadingModel.fromCliName(model);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(server.lacks(model));
    }
    if (!server.offers(m)) {
      throw new IllegalArgumentException(server.lacks(model));
    }
    return m;
  }

  private static String known(TargetCatalog catalog) {
    String servers =
        Stream.concat(catalog.engines().stream(), catalog.pythonServers().stream())
            .map(ServerDescription::id)
            .collect(Collectors.joining(", "));
    return "known: " + servers + ", ENGINE:MODEL (see 'wsarena engines'), or a ws:// or wss:// URL";
  }

  /** What makes two targets the same one, whatever the spelling. */
  private static String key(TargetSpec t) {
    return switch (t) {
      case TargetSpec.Embedded e -> "engine " + e.engine() + " " + e.model() + " " + e.transport();
      case TargetSpec.Peer p -> "peer " + p.peer();
      case TargetSpec.External x -> "url " + x.url().normalize();
    };
  }
}
