package wsarena.scenario;

/**
 * How Netty's threads wait for the kernel, the load generator's and the Netty engine's: native
 * epoll, io_uring (submission and completion rings shared with the kernel), or the JDK's NIO
 * selector, which works everywhere. Not every host has the first two; the choice falls back to
 * one that works and says so.
 */
public enum IoTransport {
  EPOLL("epoll"),
  IO_URING("io_uring"),
  NIO("nio");

  private final String cliName;

  IoTransport(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static IoTransport fromCliName(String name) {
    return CliNames.parse(IoTransport.class, IoTransport::cliName, name, "transport");
  }
}
