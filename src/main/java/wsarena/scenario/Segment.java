package wsarena.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One load machine's share of a scenario: segment {@code index} of {@code count} ({@code 2/4} is
 * the second quarter). Connection {@code g} of the whole scenario (0-based) belongs to segment
 * {@code g mod count + 1}: every segment opens its connections at the scenario's ramp pace and
 * sends in the scenario's open-loop slots of its own connections, so the segments together are
 * exactly the scenario, each at its share of the connections and of the rate, with no connection
 * (and so no message id) in two segments.
 *
 * @param index 1 to {@code count}
 */
public record Segment(int index, int count) {
  /** The whole scenario on one machine. */
  public static final Segment WHOLE = new Segment(1, 1);

  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

  public Segment {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "a segment is i/N with 1 <= i <= N (e.g. 2/4, the second of four), not " + index + "/" + count);
    }
  }

  /** Reads {@code i/N}, e.g. {@code 2/4}; a sentence saying the form when it is not. */
  public static Segment parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a segment is i/N (e.g. 2/4, the second of four load machines), not '" + text + "'");
    }
    return new Segment(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public boolean whole() {
    return count == 1;
  }

  /** True when connection {@code globalIndex} of the whole scenario is this segment's. */
  public boolean owns(int globalIndex) {
    return globalIndex % count == index - 1;
  }

  /** How many of the scenario's {@code total} connections (or publishers) are this segment's. */
  public int share(int total) {
    return Math.max(0, (total - (index - 1) + count - 1) / count);
  }

  /** This segment's connections among the scenario's {@code total}, ascending global indices. */
  public int[] indices(int total) {
    int[] out = new int[share(total)];
    for (int i = 0; i < out.length; i++) {
      out[i] = index - 1 + i * count;
    }
    return out;
  }

  /**
   * Why {@code workload} cannot be split into segments, as a sentence; null when it can (echo).
   * A storm's handshakes per second and an idle run's memory per connection are figures of one
   * target under one generator's whole load: a share of them does not add up to the whole.
   */
  public static String whyNotSplit(Workload workload) {
    return switch (workload) {
      case ECHO -> null;
      case BROADCAST ->
          "a broadcast run cannot be split into segments yet: each delivery's latency is read on the publisher's clock, which other load machines do not share";
      case STORM ->
          "a storm cannot be split into segments: its handshakes per second are the target's under the whole load,"
              + " which shares measured apart do not add up to; run it from one load machine";
      case IDLE ->
          "an idle run cannot be split into segments: its memory per connection is the target's under the whole load,"
              + " which shares measured apart do not add up to; run it from one load machine";
    };
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
