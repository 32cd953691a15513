package wsarena.scenario;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How a server spends its threads. Each engine offers a subset, named in its {@link
 * ServerDescription}.
 */
public enum ThreadingModel {
  EVENT_LOOP(
      "event-loop",
      "Single event loop",
      "One I/O thread accepts, reads, handles and writes everything (Tornado's model)."),
  MULTI_REACTOR(
      "multi-reactor",
      "Multi-reactor",
      "One event loop per core; each connection lives on one loop and is handled there."),
  REACTOR_WORKERS(
      "reactor-workers",
      "Reactor + worker pool",
      "I/O threads hand every message to a worker pool that writes the reply (Twisted's reactor with threads)."),
  VIRTUAL_THREADS(
      "virtual-threads",
      "Virtual thread per connection",
      "Each connection is served by blocking code on its own virtual thread.");

  private final String cliName;
  private final String displayName;
  private final String description;

  ThreadingModel(String cliName, String displayName, String description) {
    this.cliName = cliName;
    this.displayName = displayName;
    this.description = description;
  }

  /** The name on the command line and in file names, e.g. {@code event-loop}. */
  public String cliName() {
    return cliName;
  }

  public String displayName() {
    return displayName;
  }

  /** One sentence on how the threads are spent. */
  public String description() {
    return description;
  }

  public static ThreadingModel fromCliName(String name) {
    return CliNames.parse(ThreadingModel.class, ThreadingModel::cliName, name, "threading model");
  }

  /**
   * The one sentence for a model a server lacks, e.g. {@code Jetty 12.1.14 has no threading model
   * 'event-loop' (it offers reactor-workers, virtual-threads)}: engines, the validator and the
   * commands all say it this way.
   */
  public static String notOffered(String server, String asked, Collection<ThreadingModel> offered) {
    return server
        + " has no threading model '"
        + (asked == null ? "" : asked)
        + "' (it offers "
        + cliNames(offered.stream().sorted().toArray(ThreadingModel[]::new))
        + ")";
  }

  private static String cliNames(ThreadingModel[] models) {
    return Arrays.stream(models).map(ThreadingModel::cliName).collect(Collectors.joining(", "));
  }
}
