package wsarena.probe;

import java.time.Duration;
import wsarena.client.TlsTrust;

/**
 * How the feature probe behaves.
 *
 * @param timeout how long each step waits for the server (connect, handshake, each echo)
 * @param trust which certificates a {@code wss://} target may present
 * @param maxMessageBytes the largest message the probe tries (sizes double from 1 KiB up to it)
 */
public record ProbeOptions(Duration timeout, TlsTrust trust, int maxMessageBytes) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
  public static final int MIN_MESSAGE_BYTES = 1024;

  public ProbeOptions {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the probe timeout must be positive, not " + timeout);
    }
    if (maxMessageBytes < MIN_MESSAGE_BYTES) {
      throw new IllegalArgumentException(
          "the largest message to try must be at least 1 KiB, not " + maxMessageBytes + " bytes");
    }
  }

  /** Extra time a message gets per MiB: 16 MiB over TLS on a loaded 2-core machine took seconds. */
  public static final Duration EXTRA_TIMEOUT_PER_MIB = Duration.ofSeconds(1);

  /** How long to wait for the echo of a message this large: the timeout plus 1 s per MiB. */
  public Duration timeoutFor(long messageBytes) {
    return timeout.plus(EXTRA_TIMEOUT_PER_MIB.multipliedBy(messageBytes >> 20));
  }

  public static ProbeOptions defaults(TlsTrust trust) {
    return new ProbeOptions(DEFAULT_TIMEOUT, trust, DEFAULT_MAX_MESSAGE_BYTES);
  }

  public ProbeOptions withTimeout(Duration timeout) {
    return new ProbeOptions(timeout, trust, maxMessageBytes);
  }
}
