package wsarena.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.Fairness;
import wsarena.metrics.Fates;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.SourcesUsed;
import wsarena.metrics.Totals;

/**
 * A result's {@code totals} on disk: one flat object ({@code "sent": ..., "intended": ...,
 * "targetCpuPercent": ...}), the form scripts read and every saved file has, although {@link
 * Totals} groups its figures in memory. Written and read here only, so an older file is upgraded in
 * one place: a figure added after it was saved reads as not measured.
 */
final class TotalsJson {
  /**
   * Figures added after results were first saved, and what they read in a file that lacks them:
   * not measured (-1), never a zero that looks like a measurement. (Other absent numbers read as 0,
   * as they always have.)
   */
  private static final Map<String, JsonNode> ADDED =
      Map.ofEntries(
          Map.entry("targetContextSwitchesPerMessage", DoubleNode.valueOf(-1)),
          Map.entry("clientContextSwitchesPerMessage", DoubleNode.valueOf(-1)),
          Map.entry("handshakesPerSecond", DoubleNode.valueOf(-1)),
          Map.entry("clientCpuMicrosPerHandshake", DoubleNode.valueOf(-1)),
          Map.entry("memoryPerConnectionBytes", LongNode.valueOf(-1)),
          Map.entry("heapPerConnectionBytes", LongNode.valueOf(-1)),
          Map.entry("balancerCpuPercent", DoubleNode.valueOf(-1)),
          Map.entry("targetVoluntaryContextSwitchesPerMessage", DoubleNode.valueOf(-1)),
          Map.entry("targetInvoluntaryContextSwitchesPerMessage", DoubleNode.valueOf(-1)),
          Map.entry("clientVoluntaryContextSwitchesPerMessage", DoubleNode.valueOf(-1)),
          Map.entry("clientInvoluntaryContextSwitchesPerMessage", DoubleNode.valueOf(-1)),
          Map.entry("answeredPerConnectionLowest", LongNode.valueOf(-1)),
          Map.entry("answeredPerConnectionMedian", LongNode.valueOf(-1)),
          Map.entry("answeredPerConnectionHighest", LongNode.valueOf(-1)),
          Map.entry("fairnessIndex", DoubleNode.valueOf(-1)));

  private TotalsJson() {}

  static SimpleModule module() {
    return new SimpleModule("wsarena-totals")
        .addSerializer(Totals.class, new Writer())
        .addDeserializer(Totals.class, new Reader());
  }

  /** The flat form, field for field in the order files have always had. */
  record Flat(
      long measuredMillis,
      long sent,
      long received,
      long errors,
      long bytesSent,
      long bytesReceived,
      int connectionsRequested,
      int connectionsPeak,
      int connectionsFailed,
      long handshakes,
      double receivedPerSecond,
      double sentPerSecond,
      double receivedMegabytesPerSecond,
      LatencySummary latency,
      LatencySummary correctedLatency,
      double clientCpuPercent,
      double targetCpuPercent,
      long clientRssPeakBytes,
      long targetRssPeakBytes,
      double clientCpuMicrosPerMessage,
      long intended,
      long answered,
      long timedOut,
      long notSent,
      long inFlightAtStop,
      double answeredPerSecond,
      LatencySummary sendLag,
      long correctedIntervalMicros,
      double targetContextSwitchesPerMessage,
      double clientContextSwitchesPerMessage,
      double handshakesPerSecond,
      LatencySummary handshakeLatency,
      double clientCpuMicrosPerHandshake,
      FailuresByCause connectFailures,
      SourcesUsed sources,
      long memoryPerConnectionBytes,
      long heapPerConnectionBytes,
      double balancerCpuPercent,
      double targetVoluntaryContextSwitchesPerMessage,
      double targetInvoluntaryContextSwitchesPerMessage,
      double clientVoluntaryContextSwitchesPerMessage,
      double clientInvoluntaryContextSwitchesPerMessage,
      long answeredPerConnectionLowest,
      long answeredPerConnectionMedian,
      long answeredPerConnectionHighest,
      double fairnessIndex,
      int fairnessConnections) {

    static Flat of(Totals t) {
      Totals.Messages m = t.messages();
      Totals.Connections c = t.connections();
      Totals.Handshakes h = t.handshakes();
      Fates f = t.fates();
      return new Flat(
          t.measuredMillis(), m.sent(), m.received(), m.errors(), m.bytesSent(), m.bytesReceived(), c.requested(),
          c.peak(), c.failed(), h.count(), m.receivedPerSecond(), m.sentPerSecond(), m.receivedMegabytesPerSecond(),
          t.latency(), t.corrected() == null ? null : t.corrected().latency(), t.cpu().clientPercent(),
          t.cpu().targetPercent(), t.memory().clientRssPeakBytes(), t.memory().targetRssPeakBytes(),
          t.cpu().clientMicrosPerMessage(), f.intended(), f.answered(), f.timedOut(), f.notSent(), f.inFlightAtStop(),
          m.answeredPerSecond(), t.sendLag(), t.corrected() == null ? 0 : t.corrected().intervalMicros(),
          t.contextSwitches().targetPerMessage(), t.contextSwitches().clientPerMessage(), h.perSecond(), h.latency(),
          h.clientCpuMicrosEach(), c.failuresByCause(), c.sources(), t.memory().perConnectionBytes(),
          t.memory().heapPerConnectionBytes(), t.cpu().balancerPercent(), t.contextSwitches().targetVoluntaryPerMessage(),
          t.contextSwitches().targetInvoluntaryPerMessage(), t.contextSwitches().clientVoluntaryPerMessage(),
          t.contextSwitches().clientInvoluntaryPerMessage(), t.fairness().lowest(), t.fairness().median(),
          t.fairness().highest(), t.fairness().jainIndex(), t.fairness().connections());
    }

    Totals totals() {
      return new Totals(
          measuredMillis,
          new Totals.Messages(
              sent, received, errors, bytesSent, bytesReceived, sentPerSecond, receivedPerSecond, answeredPerSecond,
              receivedMegabytesPerSecond),
          new Fates(intended, answered, timedOut, notSent, inFlightAtStop),
          latency,
          correctedLatency == null ? null : new Totals.Corrected(correctedLatency, correctedIntervalMicros),
          sendLag == null ? LatencySummary.EMPTY : sendLag, // saved before send lag was measured
          new Totals.Connections(
              connectionsRequested, connectionsPeak, connectionsFailed,
              connectFailures == null ? FailuresByCause.NONE : connectFailures, sources),
          new Totals.Handshakes(handshakes, handshakesPerSecond, handshakeLatency, clientCpuMicrosPerHandshake),
          new Totals.Cpu(clientCpuPercent, targetCpuPercent, clientCpuMicrosPerMessage, balancerCpuPercent),
          new Totals.ContextSwitches(
              targetContextSwitchesPerMessage, clientContextSwitchesPerMessage, targetVoluntaryContextSwitchesPerMessage,
              targetInvoluntaryContextSwitchesPerMessage, clientVoluntaryContextSwitchesPerMessage,
              clientInvoluntaryContextSwitchesPerMessage),
          new Totals.Memory(clientRssPeakBytes, targetRssPeakBytes, memoryPerConnectionBytes, heapPerConnectionBytes),
          fairnessIndex < 0
              ? Fairness.UNKNOWN
              : new Fairness(fairnessConnections, answeredPerConnectionLowest, answeredPerConnectionMedian,
                  answeredPerConnectionHighest, fairnessIndex));
    }
  }

  private static final class Writer extends JsonSerializer<Totals> {
    @Override
    public void serialize(Totals totals, JsonGenerator out, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(Flat.of(totals), out);
    }
  }

  private static final class Reader extends JsonDeserializer<Totals> {
    @Override
    public Totals deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonNode node = p.readValueAsTree();
      if (node instanceof ObjectNode flat) {
        ADDED.forEach(flat::putIfAbsent);
      }
      return p.getCodec().treeToValue(node, Flat.class).totals();
    }
  }
}
