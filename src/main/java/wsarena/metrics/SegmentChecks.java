package wsarena.metrics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import wsarena.host.ClockStatus;
import wsarena.scenario.Segment;

/** Whether results are the segments of one whole, and how far their clocks may have been apart. */
final class SegmentChecks {
  private SegmentChecks() {}

  /**
   * The parts in segment order.
   *
   * @throws SegmentMerge.Refused naming the part that does not fit: not a segment, another
   *     scenario, another split, another start, a segment given twice or missing
   */
  static List<SegmentMerge.Part> ordered(List<SegmentMerge.Part> parts) throws SegmentMerge.Refused {
    if (parts.isEmpty()) {
      throw new SegmentMerge.Refused("there is nothing to merge: give the folders of a run's segments");
    }
    for (SegmentMerge.Part p : parts) {
      List<SegmentInfo> s = p.result().segments();
      if (s == null || s.isEmpty()) {
        throw new SegmentMerge.Refused(
            p.name() + " is the result of a whole run, not of a segment (segments are run with --segment i/N)");
      }
      if (s.size() > 1) {
        throw new SegmentMerge.Refused(p.name() + " is merged already (of " + s.size() + " segments)");
      }
    }
    SegmentMerge.Part first = parts.getFirst();
    Segment firstSegment = segment(first);
    String notSplit = Segment.whyNotSplit(first.result().scenario().workload());
    if (notSplit != null && firstSegment.count() > 1) {
      throw new SegmentMerge.Refused(first.name() + " cannot be merged: " + notSplit);
    }
    for (SegmentMerge.Part p : parts.subList(1, parts.size())) {
      String difference = difference("", first.result().scenario(), p.result().scenario());
      if (difference != null) {
        throw new SegmentMerge.Refused(
            p.name() + " is a segment of another scenario than " + first.name() + " (" + difference + ")");
      }
      if (segment(p).count() != firstSegment.count()) {
        throw new SegmentMerge.Refused(
            first.name() + " is segment " + firstSegment + " and " + p.name() + " segment " + segment(p)
                + ": they split the scenario in different numbers of segments");
      }
      if (!Objects.equals(info(p).startAt(), info(first).startAt())) {
        throw new SegmentMerge.Refused(
            first.name() + " started at " + startAt(first) + " and " + p.name() + " at " + startAt(p)
                + ": segments of one run share one --start-at");
      }
    }
    TreeMap<Integer, SegmentMerge.Part> byIndex = new TreeMap<>();
    for (SegmentMerge.Part p : parts) {
      SegmentMerge.Part twice = byIndex.put(segment(p).index(), p);
      if (twice != null) {
        throw new SegmentMerge.Refused(
            "segment " + segment(p) + " is given twice: " + twice.name() + " and " + p.name());
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 1; i <= firstSegment.count(); i++) {
      if (!byIndex.containsKey(i)) {
        missing.add(i + "/" + firstSegment.count());
      }
    }
    if (!missing.isEmpty()) {
      throw new SegmentMerge.Refused(
          (missing.size() == 1 ? "segment " + missing.getFirst() + " is" : "segments " + String.join(", ", missing) + " are")
              + " missing: a merge needs every segment of the run");
    }
    return List.copyOf(byIndex.values());
  }

  /**
   * What the merged result warns about the load machines' clocks: a segment whose clock is not
   * synchronized or could not be read, or clocks that may be more than a tenth of an interval
   * apart (each machine's kernel's estimated error, added for the two worst).
   */
  static List<String> clockWarnings(List<SegmentInfo> segments, Duration interval) {
    List<String> out = new ArrayList<>();
    if (segments.size() < 2) {
      return out;
    }
    if (segments.getFirst().startAt() == null) {
      out.add("the segments did not share a --start-at: their intervals are matched by position, not by time");
      return out;
    }
    // One entry per clock: segments on one kernel (processes, pods of one node) share theirs.
    List<SegmentInfo> clocks = new ArrayList<>();
    for (SegmentInfo s : segments) {
      if (s.clock() == null || clocks.stream().noneMatch(c -> c.clock() != null && c.clock().sameClock(s.clock()))) {
        clocks.add(s);
      }
    }
    if (clocks.size() < 2) {
      return out;
    }
    List<SegmentInfo> known = new ArrayList<>();
    for (SegmentInfo s : clocks) {
      if (s.clock() == null) {
        out.add("segment " + s.segment() + " could not tell how far its clock is from true time: how far the load machines' clocks were apart is not known");
      } else if (!s.clock().synced()) {
        out.add("segment " + s.segment() + "'s clock is not synchronized (NTP or the like): its intervals may not line up with the other machines'");
      } else {
        known.add(s);
      }
    }
    if (known.size() >= 2) {
      known.sort(Comparator.comparingLong((SegmentInfo s) -> s.clock().estimatedErrorMicros()).reversed());
      long apartMicros = known.get(0).clock().estimatedErrorMicros() + known.get(1).clock().estimatedErrorMicros();
      if (apartMicros * 10 > interval.toNanos() / 1000) {
        out.add(
            "the load machines' clocks may be up to " + millis(apartMicros) + " apart (segment "
                + known.get(0).segment() + " within " + millis(known.get(0).clock().estimatedErrorMicros())
                + " of true time, segment " + known.get(1).segment() + " within "
                + millis(known.get(1).clock().estimatedErrorMicros())
                + ", as their kernels estimate), more than a tenth of the " + millis(interval.toNanos() / 1000)
                + " interval: their intervals may not line up");
      }
    }
    return out;
  }

  private static String millis(long micros) {
    return micros >= 10_000 ? (micros / 1000) + " ms" : String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0);
  }

  private static Segment segment(SegmentMerge.Part p) {
    return info(p).segment();
  }

  private static SegmentInfo info(SegmentMerge.Part p) {
    return p.result().segments().getFirst();
  }

  private static String startAt(SegmentMerge.Part p) {
    return info(p).startAt() == null ? "no shared time (no --start-at)" : info(p).startAt().toString();
  }

  /** The first component in which two records differ, e.g. {@code load.connections: 100 vs 200}; null when equal. */
  static String difference(String path, Object a, Object b) {
    if (Objects.equals(a, b)) {
      return null;
    }
    if (a instanceof Record ra && b != null && a.getClass() == b.getClass()) {
      for (RecordComponent c : ra.getClass().getRecordComponents()) {
        try {
          String d = difference(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b));
          if (d != null) {
            return d;
          }
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return (path.isEmpty() ? "" : path + ": ") + a + " vs " + b;
  }
}
