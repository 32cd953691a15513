package wsarena.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What went wrong on open connections, by cause: the connections lost (closed by the server,
 * dropped, or failed by wsarena on a bad frame) and the protocol errors in what the server sent.
 * Only causes that occurred are kept, so a clean run's files stay short.
 */
public record Troubles(Map<ConnectionLoss, Long> lost, Map<ProtocolError, Long> protocolErrors) {
  public static final Troubles NONE = new Troubles(Map.of(), Map.of());

  public Troubles {
    lost = nonZero(lost, ConnectionLoss.class);
    protocolErrors = nonZero(protocolErrors, ProtocolError.class);
  }

  /** From counts indexed by each enum's ordinal. */
  static Troubles of(long[] lostByOrdinal, long[] errorsByOrdinal) {
    Map<ConnectionLoss, Long> lost = new EnumMap<>(ConnectionLoss.class);
    for (ConnectionLoss c : ConnectionLoss.values()) {
      lost.put(c, lostByOrdinal[c.ordinal()]);
    }
    Map<ProtocolError, Long> errors = new EnumMap<>(ProtocolError.class);
    for (ProtocolError e : ProtocolError.values()) {
      errors.put(e, errorsByOrdinal[e.ordinal()]);
    }
    return new Troubles(lost, errors);
  }

  /** Everything in {@code samples}, every phase: a connection lost while draining is lost too. */
  public static Troubles over(List<Sample> samples) {
    Troubles t = NONE;
    for (Sample s : samples) {
      t = t.plus(s.troubles());
    }
    return t;
  }

  public long lostCount() {
    return lost.values().stream().mapToLong(Long::longValue).sum();
  }

  public long protocolErrorCount() {
    return protocolErrors.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean any() {
    return !lost.isEmpty() || !protocolErrors.isEmpty();
  }

  public Troubles plus(Troubles o) {
    return new Troubles(sum(lost, o.lost, ConnectionLoss.class), sum(protocolErrors, o.protocolErrors, ProtocolError.class));
  }

  /** The causes of the lost connections, most first, e.g. {@code 3 server error (1011–1014), 1 reset}. */
  public String describeLost() {
    return describe(lost, ConnectionLoss::label);
  }

  /** The kinds of protocol errors, most first, e.g. {@code 2 frame over the limit}. */
  public String describeProtocolErrors() {
    return describe(protocolErrors, ProtocolError::label);
  }

  private static <E extends Enum<E>> String describe(Map<E, Long> counts, Function<E, String> label) {
    List<Map.Entry<E, Long>> seen = new ArrayList<>(counts.entrySet());
    seen.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()));
    List<String> parts = new ArrayList<>();
    for (var e : seen) {
      parts.add(String.format(Locale.ROOT, "%,d %s", e.getValue(), label.apply(e.getKey())));
    }
    return String.join(", ", parts);
  }

  private static <E extends Enum<E>> Map<E, Long> sum(Map<E, Long> a, Map<E, Long> b, Class<E> type) {
    Map<E, Long> out = new EnumMap<>(type);
    out.putAll(a);
    b.forEach((k, v) -> out.merge(k, v, Long::sum));
    return out;
  }

  private static <E extends Enum<E>> Map<E, Long> nonZero(Map<E, Long> counts, Class<E> type) {
    if (counts == null || counts.isEmpty()) {
      return Map.of();
    }
    Map<E, Long> out = new EnumMap<>(type);
    counts.forEach((k, v) -> {
      if (k != null && v != null && v > 0) {
        out.put(k, v);
      }
    });
    return java.util.Collections.unmodifiableMap(out);
  }
}
