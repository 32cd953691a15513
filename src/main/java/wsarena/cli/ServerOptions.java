package wsarena.cli;

import picocli.CommandLine.Option;

/** How an embedded engine serves ({@code run}, {@code serve}): its worker pool and TLS. */
final class ServerOptions {
  @Option(names = "--worker-threads", defaultValue = "0", description = "Worker pool for reactor-workers; 0 = twice the cores.")
  int workerThreads;

  @Option(names = "--tls", description = "Serve wss:// with a self-signed certificate made in memory (runs pin it by its SHA-256).")
  boolean tls;
}
