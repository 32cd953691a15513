package wsarena.metrics;

import java.time.Instant;
import java.util.List;
import wsarena.host.ClockStatus;
import wsarena.host.HostInfo;
import wsarena.scenario.Segment;

/**
 * One load machine's part in a run split into segments: which share it ran, on what hardware,
 * when, how its clock stood, and what it warned about. A segment's own result holds one; a merged
 * result one per segment, in order.
 *
 * @param startAt the instant every segment started its phases at ({@code --start-at}), or null
 * @param clock this machine's clock as its kernel judged it, or null when it could not tell
 * @param warnings this segment's own warnings, as it wrote them
 */
public record SegmentInfo(
    Segment segment,
    HostInfo host,
    Instant startedAt,
    Instant startAt,
    ClockStatus clock,
    Outcome outcome,
    List<String> warnings) {}
