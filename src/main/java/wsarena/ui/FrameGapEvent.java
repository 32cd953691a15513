package wsarena.ui;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/**
 * A stretch without a frame, as {@link FxThreadProbe} saw it, in a flight recording of the window:
 * its start and end place it among the recording's thread samples, pauses and locks, so what the
 * FX and render threads did (or waited for) in it can be read, e.g.
 * {@code jfr print --events wsarena.FrameGap stress.jfr}.
 */
@Name("wsarena.FrameGap")
@Label("Frame gap")
@Category("wsarena")
@Description("Time between two frames of the window, when longer than the threshold")
@Threshold("50 ms")
@StackTrace(false)
final class FrameGapEvent extends jdk.jfr.Event {}
