package wsarena.engine.netty;

import io.netty.channel.Channel;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import wsarena.engine.RunningServer;

/** A started Netty server; closing it closes every connection and ends every loop and worker. */
final class NettyServer implements RunningServer {

  private static final long SHUTDOWN_TIMEOUT_MILLIS = 2_000;
  private static final long WORKER_HANDOFF_QUIET_MILLIS = 100;

  private final Channel serverChannel;
  private final List<EventExecutorGroup> groups;
  private final int port;
  private final Optional<String> certificateSha256;
  private boolean closed;

  NettyServer(
      Channel serverChannel,
      List<EventExecutorGroup> groups,
      int port,
      Optional<String> certificateSha256) {
    this.serverChannel = serverChannel;
    this.groups = List.copyOf(groups);
    this.port = port;
    this.certificateSha256 = certificateSha256;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public boolean tls() {
    return certificateSha256.isPresent();
  }

  @Override
  public Optional<String> certificateSha256() {
    return certificateSha256;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    serverChannel.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    shutdown(groups);
  }

  /**
   * Stops the groups one after the other, event loops first. When handlers run on a worker group,
   * tearing down a connection's pipeline hops between its loop and its worker; the loops get a
   * short quiet period so those hops still find both alive. Without workers there is nothing to
   * wait for.
   */
  static void shutdown(List<EventExecutorGroup> groups) {
    long quietMillis = groups.size() > 1 ? WORKER_HANDOFF_QUIET_MILLIS : 0;
    for (EventExecutorGroup group : groups) {
      group
          .shutdownGracefully(quietMillis, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
          .awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS + 500, TimeUnit.MILLISECONDS);
      quietMillis = 0;
    }
  }
}
