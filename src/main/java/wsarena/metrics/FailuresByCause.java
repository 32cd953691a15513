package wsarena.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Connection attempts that failed, counted by {@link ConnectFailure cause}. */
public record FailuresByCause(
    long refused, long reset, long timedOut, long rejectedUpgrade, long outOfPorts, long outOfFiles, long other) {
  public static final FailuresByCause NONE = new FailuresByCause(0, 0, 0, 0, 0, 0, 0);

  /** From counts indexed by {@link ConnectFailure#ordinal()}. */
  static FailuresByCause of(long[] byOrdinal) {
    return new FailuresByCause(
        byOrdinal[ConnectFailure.REFUSED.ordinal()],
        byOrdinal[ConnectFailure.RESET.ordinal()],
        byOrdinal[ConnectFailure.TIMED_OUT.ordinal()],
        byOrdinal[ConnectFailure.REJECTED_UPGRADE.ordinal()],
        byOrdinal[ConnectFailure.OUT_OF_PORTS.ordinal()],
        byOrdinal[ConnectFailure.OUT_OF_FILES.ordinal()],
        byOrdinal[ConnectFailure.OTHER.ordinal()]);
  }

  public long count(ConnectFailure cause) {
    return switch (cause) {
      case REFUSED -> refused;
      case RESET -> reset;
      case TIMED_OUT -> timedOut;
      case REJECTED_UPGRADE -> rejectedUpgrade;
      case OUT_OF_PORTS -> outOfPorts;
      case OUT_OF_FILES -> outOfFiles;
      case OTHER -> other;
    };
  }

  public long total() {
    return refused + reset + timedOut + rejectedUpgrade + outOfPorts + outOfFiles + other;
  }

  public FailuresByCause plus(FailuresByCause o) {
    return new FailuresByCause(
        refused + o.refused, reset + o.reset, timedOut + o.timedOut, rejectedUpgrade + o.rejectedUpgrade,
        outOfPorts + o.outOfPorts, outOfFiles + o.outOfFiles, other + o.other);
  }

  /** The causes that occurred, most first, e.g. {@code 1,200 out of ports, 34 reset}; empty when none. */
  public String describe() {
    List<ConnectFailure> seen = new ArrayList<>();
    for (ConnectFailure c : ConnectFailure.values()) {
      if (count(c) > 0) {
        seen.add(c);
      }
    }
    seen.sort((a, b) -> Long.compare(count(b), count(a)));
    List<String> parts = new ArrayList<>();
    for (ConnectFailure c : seen) {
      parts.add(String.format(Locale.ROOT, "%,d %s", count(c), c.label()));
    }
    return String.join(", ", parts);
  }
}
