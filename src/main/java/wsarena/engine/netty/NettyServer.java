package wsarena.engine.netty;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import wsarena.engine.support.StartedServer;

/** A started Netty server; closing it closes every connection and ends every loop and worker. */
final class NettyServer extends StartedServer {

  private static final long SHUTDOWN_TIMEOUT_MILLIS = 2_000;
  private static final long WORKER_HANDOFF_QUIET_MILLIS = 100;

  private final Channel serverChannel;
  private final ChannelGroup connections;
  private final List<EventExecutorGroup> groups;

  NettyServer(
      Channel serverChannel,
      ChannelGroup connections,
      List<EventExecutorGroup> groups,
      int port,
      Optional<String> certificateSha256) {
    super(port, certificateSha256);
    this.serverChannel = serverChannel;
    this.connections = connections;
    this.groups = List.copyOf(groups);
  }

  @Override
  protected void stop() {
    serverChannel.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    // Close the connections before the loops: a loop shutting down does not reliably close the
    // sockets it still holds (seen with the single event loop: clients got no FIN half the time).
    connections.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
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
