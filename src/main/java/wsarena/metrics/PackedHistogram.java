package wsarena.metrics;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * A histogram kept in HdrHistogram's compressed form, a few hundred bytes where the live one
 * spans its whole range (an hour of microseconds at 3 digits: 180 KB). A merge holds every
 * interval of every segment at once: 24,000 of them for four 10-minute segments at 100 ms.
 */
public record PackedHistogram(byte[] bytes) {
  public static PackedHistogram of(Histogram h) {
    ByteBuffer buf = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoCompressedByteBuffer(buf);
    byte[] out = new byte[length];
    buf.flip();
    buf.get(out);
    return new PackedHistogram(out);
  }

  /** Adds the values into {@code into}. */
  public void addTo(Histogram into) {
    into.add(unpack());
  }

  public Histogram unpack() {
    try {
      return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
    } catch (DataFormatException e) {
      throw new IllegalStateException("a packed histogram does not decode: " + e.getMessage(), e);
    }
  }
}
