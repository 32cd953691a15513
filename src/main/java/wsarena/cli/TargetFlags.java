package wsarena.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wsarena.scenario.Isolation;
import wsarena.scenario.TargetSpec;

/**
 * What a measuring command measures ({@code run}, {@code sweep}): an embedded engine ({@code
 * --engine --model}, served as {@code --worker-threads --tls} say), a Python server ({@code
 * --peer}), or a server outside wsarena ({@code --url}, with {@code --target-pid} to see its CPU).
 */
final class TargetFlags {
  @Mixin EngineChoice engine;

  @Mixin ServerOptions server;

  @Mixin UrlTarget external;

  @Option(names = "--peer", description = "Measure a Python server instead: tornado (Tornado) or autobahn (Autobahn|Twisted), started and stopped by the run.")
  String peer;

  @Option(names = "--target-pid", defaultValue = "0", description = "With --url: the server's process id on this machine, to measure its CPU and memory.")
  long targetPid;

  /** The target these flags name; an embedded engine runs {@code isolation}, with permessage-deflate when {@code compression}. */
  TargetSpec spec(Isolation isolation, boolean compression) {
    if (external.url != null && peer != null) {
      throw new UserError("choose either --url or --peer, not both");
    }
    if (external.url != null) {
      return new TargetSpec.External(external.url, external.insecure, targetPid);
    }
    if (peer != null) {
      return new TargetSpec.Peer(peer);
    }
    return new TargetSpec.Embedded(engine.engine, engine.model, isolation, server.workerThreads, server.tls, compression);
  }
}
