package wsarena.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.metrics.Troubles;

/**
 * Reads a sample in either of its JSON forms: grouped ({@code "connections": {"open": 100, ...},
 * "counts": {...}}), as written now, or flat ({@code "connectionsOpen": 100, "sent": ...}), as
 * results saved before the groups were. Old result files stay readable, by the window and the
 * commands alike. Writing needs nothing: Jackson writes the records as they are.
 */
final class SampleJson {
  /** The flat field names of the old form, and the group each one belongs to now. */
  private static final Map<String, String[]> FLAT =
      Map.ofEntries(
          Map.entry("connectionsOpen", new String[] {"connections", "open"}),
          Map.entry("connectionsConnecting", new String[] {"connections", "connecting"}),
          Map.entry("connectionsFailed", new String[] {"connections", "failed"}),
          Map.entry("handshakes", new String[] {"connections", "handshakes"}),
          Map.entry("sent", new String[] {"counts", "sent"}),
          Map.entry("received", new String[] {"counts", "received"}),
          Map.entry("errors", new String[] {"counts", "errors"}),
          Map.entry("bytesSent", new String[] {"counts", "bytesSent"}),
          Map.entry("bytesReceived", new String[] {"counts", "bytesReceived"}),
          Map.entry("p50Micros", new String[] {"latency", "p50Micros"}),
          Map.entry("p90Micros", new String[] {"latency", "p90Micros"}),
          Map.entry("p99Micros", new String[] {"latency", "p99Micros"}),
          Map.entry("p999Micros", new String[] {"latency", "p999Micros"}),
          Map.entry("maxMicros", new String[] {"latency", "maxMicros"}),
          Map.entry("clientCpuPercent", new String[] {"resources", "clientCpuPercent"}),
          Map.entry("targetCpuPercent", new String[] {"resources", "targetCpuPercent"}),
          Map.entry("clientHeapBytes", new String[] {"resources", "clientHeapBytes"}),
          Map.entry("clientRssBytes", new String[] {"resources", "clientRssBytes"}),
          Map.entry("targetRssBytes", new String[] {"resources", "targetRssBytes"}),
          Map.entry("balancerCpuPercent", new String[] {"resources", "balancerCpuPercent"}),
          Map.entry("generatorBusyPercent", new String[] {"generator", "busyPercent"}),
          Map.entry("sendLagMicros", new String[] {"generator", "sendLagMicros"}));

  private SampleJson() {}

  static SimpleModule module() {
    return new SimpleModule("wsarena-samples").addDeserializer(Sample.class, new Reader());
  }

  private static final class Reader extends JsonDeserializer<Sample> {
    @Override
    public Sample deserialize(JsonParser p, DeserializationContext c) throws IOException {
      ObjectCodec codec = p.getCodec();
      JsonNode node = grouped(p.readValueAsTree());
      return new Sample(
          node.path("elapsedMillis").asLong(),
          node.path("intervalMillis").asLong(),
          node.hasNonNull("phase") ? codec.treeToValue(node.get("phase"), Phase.class) : null,
          part(codec, node, "connections", Sample.Connections.class),
          part(codec, node, "counts", Sample.Counts.class),
          part(codec, node, "latency", Sample.Latency.class),
          part(codec, withBalancer(node), "resources", Sample.Resources.class),
          part(codec, node, "generator", Sample.GeneratorLoad.class),
          part(codec, node, "fates", Sample.FateCounts.class),
          partOr(codec, node, "contextSwitches", Sample.ContextSwitches.class, Sample.ContextSwitches.UNKNOWN),
          partOr(codec, node, "connectFailures", FailuresByCause.class, FailuresByCause.NONE),
          partOr(codec, node, "perConnection", Sample.PerConnection.class, Sample.PerConnection.UNKNOWN),
          partOr(codec, node, "troubles", Troubles.class, Troubles.NONE));
    }

    /** A group added after results were first saved: a file without it did not measure it. */
    private static <T> T partOr(ObjectCodec codec, JsonNode sample, String name, Class<T> type, T unknown)
        throws IOException {
      JsonNode group = sample.path(name);
      return group.isObject() ? codec.treeToValue(group, type) : unknown;
    }

    /** A sample saved before targets had balancers had none: its balancer's CPU is not known (-1), not 0. */
    private static JsonNode withBalancer(JsonNode sample) {
      if (sample.path("resources") instanceof ObjectNode resources && !resources.has("balancerCpuPercent")) {
        resources.put("balancerCpuPercent", -1.0);
      }
      return sample;
    }

    /** A group the file lacks reads as zeros, as a missing number of the flat form always did. */
    private static <T> T part(ObjectCodec codec, JsonNode sample, String name, Class<T> type)
        throws IOException {
      JsonNode group = sample.path(name);
      return codec.treeToValue(group.isObject() ? group : JsonNodeFactory.instance.objectNode(), type);
    }

    /** The sample in the grouped form: the flat form's fields moved into their groups. */
    private static JsonNode grouped(JsonNode sample) {
      if (!(sample instanceof ObjectNode flat) || !flat.has("connectionsOpen")) {
        return sample;
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = flat.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String[] place = FLAT.get(field.getKey());
        if (place == null) {
          out.set(field.getKey(), field.getValue());
        } else {
          out.withObjectProperty(place[0]).set(place[1], field.getValue());
        }
      }
      return out;
    }
  }
}
