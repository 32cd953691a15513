package wsarena.run;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import wsarena.client.TlsTrust;
import wsarena.metrics.ResourceSampler;

/** A target that is up: where to connect, how to trust it, how to measure it. */
interface StartedTarget extends AutoCloseable {

  /** The URI the generator connects to. */
  URI uri();

  TlsTrust trust();

  /** e.g. {@code Undertow 2.4.4.Final · Single event loop · own process (pid 1234)} */
  String description();

  ResourceSampler.TargetProcess process();

  /**
   * Why the target is gone, as a sentence (for a process: its exit code and last line on stderr);
   * null while it runs, or when that cannot be known.
   */
  default String deathCause() {
    return null;
  }

  /**
   * Gives a target in a process of its own up to {@code timeout} to be seen ending: when every
   * connection drops at once, its exit is a moment behind, and it is the better explanation.
   */
  default void awaitExit(Duration timeout) {}

  /**
   * The target's memory once it settled (a JVM wsarena started collects its garbage first), for
   * an idle run's memory per connection; empty where it cannot be read apart from the client's.
   */
  default Optional<TargetMemory.Reading> settledMemory() {
    return Optional.empty();
  }

  /** Stops the target if wsarena started it; never throws. */
  @Override
  void close();
}
