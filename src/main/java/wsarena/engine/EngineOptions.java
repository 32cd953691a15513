package wsarena.engine;

import wsarena.scenario.IoTransport;
import wsarena.scenario.ThreadingModel;

/**
 * How to start an engine.
 *
 * @param model the threading model; must be one of the engine's {@link ServerEngine#models()}
 * @param host the address to bind, normally {@code 127.0.0.1}
 * @param port the port to bind, or 0 for any free port
 * @param workerThreads worker pool size for {@link ThreadingModel#REACTOR_WORKERS}; 0 means the
 *     engine's default (twice the cores)
 * @param tls serve {@code wss://} with a self-signed certificate generated in memory
 * @param compression accept permessage-deflate when the client offers it
 * @param transport for engines built on Netty: how its event loops wait for the kernel; null: the
 *     engine's default. Other engines ignore it.
 */
public record EngineOptions(
    ThreadingModel model, String host, int port, int workerThreads, boolean tls, boolean compression,
    IoTransport transport) {

  public EngineOptions(ThreadingModel model, String host, int port, int workerThreads, boolean tls, boolean compression) {
    this(model, host, port, workerThreads, tls, compression, null);
  }

  public static final String LOOPBACK = "127.0.0.1";

  public static EngineOptions loopback(ThreadingModel model, int port) {
    return new EngineOptions(model, LOOPBACK, port, 0, false, false);
  }

  /** The worker pool size to use: {@link #workerThreads}, or twice the cores when 0. */
  public int effectiveWorkerThreads() {
    return workerThreads > 0 ? workerThreads : 2 * Runtime.getRuntime().availableProcessors();
  }

  /** The number of I/O threads this model asks for on this machine. */
  public int ioThreads() {
    return model == ThreadingModel.EVENT_LOOP ? 1 : Runtime.getRuntime().availableProcessors();
  }
}
