package wsarena.probe;

import java.net.URI;

/** One feature tried against a server, on a connection of its own. */
interface FeatureCheck {
  Feature feature();

  /** Tries the feature; never throws for what the server does, only when interrupted. */
  FeatureResult run(ProbeClient client, URI uri) throws InterruptedException;

  /** The result when this check's own connection could not be opened. */
  default FeatureResult notConnected(ProbeException e) {
    return FeatureResult.unknown(feature(), "could not connect: " + e.getMessage());
  }
}
