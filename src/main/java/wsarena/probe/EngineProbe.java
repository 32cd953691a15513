package wsarena.probe;

import wsarena.client.TlsTrust;
import wsarena.engine.EngineException;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.engine.ServerEngine;
import wsarena.scenario.ThreadingModel;

/**
 * Probes an embedded engine: starts it in this process on a free loopback port with everything it
 * offers switched on (TLS with its in-memory certificate, permessage-deflate), probes {@code
 * /echo}, and stops it.
 */
public final class EngineProbe {
  private EngineProbe() {}

  public static FeatureReport probe(ServerEngine engine, ThreadingModel model, ProbeOptions base)
      throws EngineException, InterruptedException {
    EngineOptions options =
        new EngineOptions(
            model,
            EngineOptions.LOOPBACK,
            0,
            0,
            engine.supportsTls(),
            engine.supportsCompression());
    try (RunningServer server = engine.start(options)) {
      // The engine's own certificate is trusted by its fingerprint, as the load generator does.
      // One that publishes none is still ours, in this process: trusted without a check.
      TlsTrust trust =
          server
              .certificateSha256()
              .map(TlsTrust::pinned)
              .orElse(server.tls() ? TlsTrust.any() : base.trust());
      ProbeOptions probeOptions = new ProbeOptions(base.timeout(), trust, base.maxMessageBytes());
      String label = engine.displayName() + " " + model.cliName() + " (in this process)";
      return new FeatureProbe(probeOptions).probe(server.uri("/echo"), label);
    }
  }
}
