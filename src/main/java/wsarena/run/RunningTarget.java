package wsarena.run;

import java.net.URI;
import java.util.Optional;
import wsarena.engine.EngineCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * A target started as a run starts it (an engine in this JVM or in its own, a Python peer, or a
 * URL), for tools that only need its address and not a measured run: the conformance suite.
 *
 * <pre>{@code
 * try (RunningTarget target = RunningTarget.start(spec, EngineCatalog.standard(), Workload.ECHO)) {
 *   useTheServerAt(target.uri());   // ws://127.0.0.1:PORT/echo
 * }
 * }</pre>
 */
public final class RunningTarget implements AutoCloseable {
  private final StartedTarget target;

  private RunningTarget(StartedTarget target) {
    this.target = target;
  }

  /**
   * @throws TargetException with a sentence when the target cannot be started
   */
  public static RunningTarget start(TargetSpec spec, EngineCatalog catalog, Workload workload)
      throws TargetException {
    return new RunningTarget(Targets.start(spec, catalog, workload));
  }

  /** Where the workload's endpoint is, e.g. {@code ws://127.0.0.1:40123/echo}. */
  public URI uri() {
    return target.uri();
  }

  /** e.g. {@code Netty 4.2.18.Final · Single event loop · this process} */
  public String description() {
    return target.description();
  }

  /** Why the target is gone, as a sentence, when it died on its own. */
  public Optional<String> deathCause() {
    return Optional.ofNullable(target.deathCause());
  }

  /** Stops the target if wsarena started it; never throws. */
  @Override
  public void close() {
    target.close();
  }
}
