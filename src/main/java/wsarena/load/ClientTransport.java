package wsarena.load;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringSocketChannel;
import java.util.List;
import wsarena.scenario.IoTransport;
import wsarena.text.Sentences;

/**
 * The generator's transport: the one asked for when this host has it, else the fastest that works,
 * with a sentence saying why the one asked for (or the preferred one) was not used.
 *
 * <pre>{@code
 * ClientTransport t = ClientTransport.choose(profile.transport());
 * new MultiThreadIoEventLoopGroup(n, factory, t.handlerFactory());
 * new Bootstrap().channel(t.socketChannel());
 * t.note();  // null, or "io_uring is not available here (...): the generator used epoll"
 * }</pre>
 */
record ClientTransport(IoTransport transport, String note) {
  /**
   * Fastest first, as measured on the development machine (README, "The generator's own cost"):
   * epoll beside io_uring, then the JDK's selector.
   */
  static final List<IoTransport> PREFERENCE = List.of(IoTransport.EPOLL, IoTransport.IO_URING, IoTransport.NIO);

  /** {@code asked}, or the first of {@link #PREFERENCE} this host has when asked is null or missing here. */
  static ClientTransport choose(IoTransport asked) {
    if (asked != null && whyNot(asked) == null) {
      return new ClientTransport(asked, null);
    }
    IoTransport used = PREFERENCE.stream().filter(t -> whyNot(t) == null).findFirst().orElse(IoTransport.NIO);
    IoTransport missing = asked != null ? asked : PREFERENCE.getFirst();
    String note =
        missing == used
            ? null
            : missing.cliName() + " is not available here (" + whyNot(missing) + "): the generator used " + used.cliName();
    return new ClientTransport(used, note);
  }

  /** Why {@code t} cannot run on this host, or null when it can. */
  static String whyNot(IoTransport t) {
    Throwable cause =
        switch (t) {
          case EPOLL -> Epoll.isAvailable() ? null : Epoll.unavailabilityCause();
          case IO_URING -> IoUring.isAvailable() ? null : IoUring.unavailabilityCause();
          case NIO -> null;
        };
    if (cause == null) {
      return null;
    }
    return Sentences.of(cause);
  }

  IoHandlerFactory handlerFactory() {
    return switch (transport) {
      case EPOLL -> EpollIoHandler.newFactory();
      case IO_URING -> IoUringIoHandler.newFactory();
      case NIO -> NioIoHandler.newFactory();
    };
  }

  Class<? extends SocketChannel> socketChannel() {
    return switch (transport) {
      case EPOLL -> EpollSocketChannel.class;
      case IO_URING -> IoUringSocketChannel.class;
      case NIO -> NioSocketChannel.class;
    };
  }
}
