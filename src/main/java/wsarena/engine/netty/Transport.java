package wsarena.engine.netty;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerSocketChannel;
import java.util.function.Supplier;
import wsarena.scenario.IoTransport;

/**
 * The engine's transport: the one asked for ({@code serve --transport}) when this host has it,
 * else native epoll where the platform has it (Linux x86_64 here), the JDK's NIO selector elsewhere.
 */
record Transport(
    String name,
    Supplier<IoHandlerFactory> handlerFactory,
    Class<? extends ServerSocketChannel> serverChannel) {

  static Transport best() {
    return of(Epoll.isAvailable() ? IoTransport.EPOLL : IoTransport.NIO);
  }

  /**
   * {@code asked}, or {@link #best()} when it is null.
   *
   * @throws IllegalArgumentException with the reason, when this host does not have {@code asked}
   */
  static Transport chosen(IoTransport asked) {
    if (asked == null) {
      return best();
    }
    Throwable missing =
        switch (asked) {
          case EPOLL -> Epoll.isAvailable() ? null : Epoll.unavailabilityCause();
          case IO_URING -> IoUring.isAvailable() ? null : IoUring.unavailabilityCause();
          case NIO -> null;
        };
    if (missing != null) {
      throw new IllegalArgumentException(asked.cliName() + " is not available here: " + missing.getMessage());
    }
    return of(asked);
  }

  private static Transport of(IoTransport t) {
    return switch (t) {
      case EPOLL -> new Transport("epoll", EpollIoHandler::newFactory, EpollServerSocketChannel.class);
      case IO_URING -> new Transport("io_uring", IoUringIoHandler::newFactory, IoUringServerSocketChannel.class);
      case NIO -> new Transport("nio", NioIoHandler::newFactory, NioServerSocketChannel.class);
    };
  }
}
