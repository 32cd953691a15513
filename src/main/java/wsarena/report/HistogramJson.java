package wsarena.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import wsarena.metrics.PackedHistogram;

/**
 * Histograms in JSON as HdrHistogram's own compressed, base64 form (the form of its .hlog lines),
 * so a result file keeps every recorded value and any HdrHistogram tool can decode it.
 */
final class HistogramJson {
  private HistogramJson() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("wsarena-histograms");
    m.addSerializer(Histogram.class, new Writer());
    m.addDeserializer(Histogram.class, new Reader());
    return m;
  }

  static String encode(Histogram h) {
    return Base64.getEncoder().encodeToString(PackedHistogram.of(h).bytes());
  }

  static Histogram decode(String base64) throws DataFormatException {
    return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
  }

  private static final class Writer extends JsonSerializer<Histogram> {
    @Override
    public void serialize(Histogram h, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeString(encode(h));
    }
  }

  private static final class Reader extends JsonDeserializer<Histogram> {
    @Override
    public Histogram deserialize(JsonParser p, DeserializationContext c) throws IOException {
      try {
        return decode(p.getValueAsString());
      } catch (DataFormatException | IllegalArgumentException e) {
        throw new IOException("a histogram in this file is damaged: " + e.getMessage(), e);
      }
    }
  }
}
