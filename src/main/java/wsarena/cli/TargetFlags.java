package wsarena.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Option;
import wsarena.run.Targets;
import wsarena.scenario.Balance;
import wsarena.scenario.IoTransport;
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

  @Option(names = "--peer", description = "Measure a Python server instead: tornado (Tornado) or autobahn (Autobahn|Twisted), or tornado-pypy, autobahn-pypy on PyPy; started and stopped by the run.")
  String peer;

  @Option(names = "--python", paramLabel = "PATH", description = "With --peer: the interpreter to run it on, e.g. /usr/bin/pypy3. Default: the one --peer names (/usr/bin/python3, or pypy3 for a -pypy peer).")
  Path python;

  @Option(names = "--instances", paramLabel = "N", defaultValue = "1", description = "With --peer: run N instances of the server, sharing the load as --balance says. Default: ${DEFAULT-VALUE}.")
  int instances;

  @Option(names = "--balance", paramLabel = "HOW", description = "With --peer: haproxy (HAProxy in front, started by the run; the default for 2 or more instances) or reuse-port (every instance on one port, SO_REUSEPORT).")
  String balance;

  @Option(names = "--server-transport", paramLabel = "TRANSPORT", description = "With --engine netty: its event loops on epoll, io_uring or nio, as 'serve --transport' (--transport is the load generator's). Default: epoll where the host has it, else nio.")
  IoTransport serverTransport;

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
      Balance how;
      try {
        how = balance == null ? null : Balance.fromCliName(balance.strip());
      } catch (IllegalArgumentException e) {
        throw new UserError("--balance: " + e.getMessage());
      }
      if (instances < 1 || instances > TargetSpec.Peer.MAX_INSTANCES) {
        throw new UserError("--instances " + instances + " is not between 1 and " + TargetSpec.Peer.MAX_INSTANCES);
      }
      if (how == Balance.DIRECT && instances > 1) {
        throw new UserError("--instances " + instances + " needs something to share the load: --balance haproxy or reuse-port");
      }
      return new TargetSpec.Peer(peer, python == null ? null : python.toString(), instances, how);
    }
    TargetSpec.Embedded embedded =
        new TargetSpec.Embedded(engine.engine, engine.model, isolation, server.workerThreads, server.tls, compression, serverTransport);
    ServerTransports.require(Targets.standard(), List.of(embedded), "--server-transport");
    return embedded;
  }

  /**
   * The flags that say how wsarena starts an embedded engine mean nothing for a server it does not
   * start that way: typed with {@code --peer} or {@code --url}, they are refused rather than
   * ignored.
   */
  void refuseEngineFlags(ParseResult given, Isolation isolation) {
    if (peer == null) {
      for (String option : List.of("--python", "--instances", "--balance")) {
        if (given.hasMatchedOption(option)) {
          throw new UserError(option + " applies to a Python server only: add --peer tornado (or autobahn)");
        }
      }
    }
    String target = peer != null ? "--peer " + peer : external.url != null ? "--url" : null;
    if (target == null) {
      return;
    }
    String why = peer != null
        ? Targets.standard().catalog().pythonServer(peer)
            .map(p -> p.displayName() + " runs as it is written: " + lowerFirst(p.describe(wsarena.scenario.ThreadingModel.EVENT_LOOP)))
            .orElse("a Python server runs as it is written")
        : "wsarena does not start that server";
    for (String option : List.of("--engine", "--model", "--worker-threads", "--tls", "--server-transport")) {
      if (given.hasMatchedOption(option)) {
        throw new UserError(option + " does not apply to " + target + " (" + why + "); drop " + option);
      }
    }
    if (peer != null && given.hasMatchedOption("--isolation") && isolation != Isolation.PROCESS) {
      throw new UserError("--isolation in-process does not apply to " + target + ": a Python server always runs in its own process");
    }
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
