package wsarena.engine.support;

/** Sizes every engine agrees on, so the feature probe finds the same ceiling everywhere. */
public final class MessageLimits {

  /**
   * The largest message (text or binary, fragmented or not) every engine accepts and echoes. The
   * libraries' own defaults are far lower (Netty 64 KiB per frame, Jetty 64 KiB per message), which
   * would make a large-payload run fail on one engine and pass on another.
   */
  public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  private MessageLimits() {}
}
