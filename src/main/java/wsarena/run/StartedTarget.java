package wsarena.run;

import java.net.URI;
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

  /** Why the target is gone, as a sentence; null while it runs (or when that cannot be known). */
  default String deathCause() {
    return null;
  }

  /** Stops the target if wsarena started it; never throws. */
  @Override
  void close();
}
