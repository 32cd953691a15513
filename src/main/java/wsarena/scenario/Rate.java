package wsarena.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;

/**
 * How fast messages are sent.
 *
 * <p>{@link OpenLoop}: a fixed total rate, spread evenly over the connections, whatever the server
 * does; latency counts from the intended send time, so a stalled server shows as latency, not as a
 * lower rate (wrk2's rule against coordinated omission). {@link ClosedLoop}: each connection sends
 * its next message when the previous answer arrived, after an optional think time; the server sets
 * the pace, and the result also carries the coordinated-omission-corrected view.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "mode")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Rate.OpenLoop.class, name = "open-loop"),
  @JsonSubTypes.Type(value = Rate.ClosedLoop.class, name = "closed-loop")
})
public sealed interface Rate {

  /** A total rate over all connections, in messages per second. */
  record OpenLoop(double messagesPerSecond) implements Rate {}

  /** Send the next message when the previous one came back, after {@code thinkTime}. */
  record ClosedLoop(Duration thinkTime) implements Rate {
    public static ClosedLoop noThinkTime() {
      return new ClosedLoop(Duration.ZERO);
    }
  }
}
