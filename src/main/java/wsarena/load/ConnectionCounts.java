package wsarena.load;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.client.ClientTls;
import wsarena.client.ConnectFailures;

/**
 * How many of the generator's connections are open, connecting and failed, the first failure as a
 * sentence, and whether the ramp has settled: written by every worker's event loop, read by the
 * run's sampling thread, so all of it is atomic.
 */
final class ConnectionCounts {
  private final URI uri;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger connecting = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();
  /** Counts down once per connection, when it is open, has failed, or was never attempted. */
  private final CountDownLatch allSettled;

  ConnectionCounts(URI uri, int connections) {
    this.uri = uri;
    this.allSettled = new CountDownLatch(connections);
  }

  void attempting() {
    connecting.incrementAndGet();
  }

  void opened() {
    connecting.decrementAndGet();
    open.incrementAndGet();
    settled();
  }

  /**
   * A connection ended; it failed unless we closed it ({@code byUs}) or the generator is closing.
   *
   * @param closeFrame how the server's close frame named it, or null when none came
   * @return whether it failed
   */
  boolean ended(ClientConnection.State was, boolean byUs, boolean closing, Throwable cause, String closeFrame) {
    if (was == ClientConnection.State.OPEN) {
      open.decrementAndGet();
    } else if (was == ClientConnection.State.CONNECTING) {
      connecting.decrementAndGet();
      settled();
    }
    if (!byUs && !closing) {
      failed.incrementAndGet();
      String why =
          cause != null
              ? ConnectFailures.describe(cause, uri)
              : "the server at " + uri.getHost() + ":" + ClientTls.port(uri) + " closed the connection"
                  + (closeFrame == null ? " without a close frame" : " " + closeFrame);
      firstFailure.compareAndSet(null, why);
      return true;
    }
    return false;
  }

  void settled() {
    allSettled.countDown();
  }

  int open() {
    return open.get();
  }

  int connecting() {
    return connecting.get();
  }

  int failed() {
    return failed.get();
  }

  boolean allSettled() {
    return allSettled.getCount() == 0;
  }

  String firstFailure() {
    return firstFailure.get();
  }
}
