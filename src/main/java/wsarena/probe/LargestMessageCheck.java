package wsarena.probe;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Largest message echoed: binary messages of 1 KiB, 2 KiB, ... up to the probe's maximum (16 MiB by
 * default) on one connection, stopping at the first that does not come back intact. Yes when the
 * maximum came back; the result carries the largest size that did.
 */
final class LargestMessageCheck implements FeatureCheck {
  /**
   * Where the message's random bytes start: random bytes do not compress, so no extension can make
   * a large message cheap, and a fixed start sends the same bytes every time.
   */
  private static final long PATTERN = 0x77736172656e61L;

  @Override
  public Feature feature() {
    return Feature.LARGEST_MESSAGE;
  }

  @Override
  public FeatureResult run(ProbeClient client, URI uri) throws InterruptedException {
    int max = client.options().maxMessageBytes();
    byte[] data = new byte[max];
    new SplittableRandom(PATTERN).nextBytes(data);
    try (ProbeConnection connection = client.open(uri, HandshakeOffer.PLAIN)) {
      long largest = 0;
      long largestRoundTripNanos = 0;
      for (long size = ProbeOptions.MIN_MESSAGE_BYTES; size <= max; size *= 2) {
        int length = (int) size;
        Duration timeout = client.options().timeoutFor(length);
        long sentNanos = System.nanoTime();
        connection.send(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(data, 0, length)));
        Optional<String> problem =
            Echoes.binaryProblem(
                connection.nextMatching(i -> i instanceof Inbound.Binary, timeout),
                data,
                length,
                timeout);
        if (problem.isPresent()) {
          return stoppedAt(largest, length, problem.get());
        }
        largest = length;
        largestRoundTripNanos = System.nanoTime() - sentNanos;
      }
      return new FeatureResult(
          feature(),
          Verdict.YES,
          "echoed "
              + Sizes.bytes(largest)
              + " (round trip "
              + Sizes.millis(largestRoundTripNanos)
              + ")",
          largest);
    } catch (ProbeException e) {
      return notConnected(e);
    }
  }

  private FeatureResult stoppedAt(long largest, int failedSize, String problem) {
    String detail =
        largest == 0
            ? Sizes.bytes(failedSize) + ": " + problem
            : "echoed " + Sizes.bytes(largest) + "; " + Sizes.bytes(failedSize) + ": " + problem;
    return new FeatureResult(feature(), Verdict.NO, detail, largest);
  }
}
