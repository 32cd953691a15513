package wsarena.engine.netty;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.util.function.Supplier;

/** Native epoll where the platform has it (Linux x86_64 here), the JDK's NIO selector elsewhere. */
record Transport(
    String name,
    Supplier<IoHandlerFactory> handlerFactory,
    Class<? extends ServerSocketChannel> serverChannel) {

  static Transport best() {
    if (Epoll.isAvailable()) {
      return new Transport("epoll", EpollIoHandler::newFactory, EpollServerSocketChannel.class);
    }
    return new Transport("nio", NioIoHandler::newFactory, NioServerSocketChannel.class);
  }
}
