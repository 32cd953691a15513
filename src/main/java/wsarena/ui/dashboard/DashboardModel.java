package wsarena.ui.dashboard;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import wsarena.host.HostInfo;
import wsarena.metrics.PercentileCurve;
import wsarena.metrics.Outcome;
import wsarena.metrics.Phase;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.scenario.Scenario;
import wsarena.ui.ScenarioText;
import wsarena.ui.compare.ComparedRuns;
import wsarena.report.Machines;

/**
 * What the dashboard shows, held without nodes: the heading and the phase chip, the machine of the
 * run on screen, the runs side by side, and whether a run goes (then the time charts are its). The
 * live run and the finished run on screen write it; the header, the host line and the curves read
 * it. Use it on the FX thread.
 */
final class DashboardModel {
  /** The dashboard's title and the line under it. */
  record Heading(String title, String subtitle) {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A run's heading: the target, then the load, the date and the file it came from.
     *
     * @param when when the run started; null when unknown
     * @param file the name of the file it was opened from; null for a run of this session
     */
    static Heading of(Scenario s, String target, LocalDateTime when, String file) {
      String load = ScenarioText.load(s);
      return new Heading(
          target,
          (load.isEmpty() ? "" : load + " · ")
              + (when == null ? "date unknown" : DATE.format(when))
              + (file == null ? "" : " · saved run " + file));
    }
  }

  /** The chip at the header's right: its text and the style class that colours it. */
  record Chip(String text, String styleClass) {
    static Chip of(Phase phase) {
      String text =
          switch (phase) {
            case STARTING -> "starting target";
            case CHECKING -> "checking target";
            case RAMP -> "ramp";
            case WARMUP -> "warm-up";
            case MEASURING -> "measuring";
            case DRAINING -> "draining";
            case DONE -> "done";
          };
      return new Chip(text, "phase-chip-" + phase.name().toLowerCase(Locale.ROOT));
    }

    /** How a run ended: a failed run does not read "done". */
    static Chip of(Outcome outcome) {
      return switch (outcome) {
        case COMPLETED -> of(Phase.DONE);
        case STOPPED -> new Chip("stopped", "phase-chip-done");
        case FAILED -> new Chip("failed", "phase-chip-failed");
        case STALLED -> new Chip("stalled", "phase-chip-failed");
      };
    }
  }

  private final ComparedRuns runs = new ComparedRuns();
  private final ObjectProperty<Heading> heading =
      new SimpleObjectProperty<>(new Heading("wsarena", "Choose a target and press Start, or open saved runs"));
  private final ObjectProperty<Chip> chip = new SimpleObjectProperty<>();
  private final ObjectProperty<HostInfo> thisMachine = new SimpleObjectProperty<>();
  private final ObjectProperty<HostInfo> shownHost = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<RunResult> shownResult = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty live = new SimpleBooleanProperty();
  /** The sweep on screen (just finished or opened); null when none is. */
  private final ReadOnlyObjectWrapper<SweepResult> shownSweep = new ReadOnlyObjectWrapper<>();
  /** A sweep goes on: its steps' runs come one after the other. */
  private boolean sweeping;
  /** The live run's distribution so far; empty before its measured phase. */
  private List<PercentileCurve.Point> liveCurve = List.of();
  private Scenario scenario;
  private LocalDateTime shownSince;

  ComparedRuns runs() {
    return runs;
  }

  ObjectProperty<Heading> heading() {
    return heading;
  }

  /** The phase chip; null hides it. */
  ObjectProperty<Chip> chip() {
    return chip;
  }

  /** This machine, detected at start: the host of runs measured here; null until then. */
  ObjectProperty<HostInfo> thisMachine() {
    return thisMachine;
  }

  /** The host of the run on screen; null while unknown. */
  ObjectProperty<HostInfo> shownHost() {
    return shownHost;
  }

  ReadOnlyObjectProperty<RunResult> shownResult() {
    return shownResult.getReadOnlyProperty();
  }

  void setShownResult(RunResult result) {
    shownResult.set(result);
  }

  ReadOnlyObjectProperty<SweepResult> shownSweep() {
    return shownSweep.getReadOnlyProperty();
  }

  void setShownSweep(SweepResult sweep) {
    shownSweep.set(sweep);
  }

  boolean sweeping() {
    return sweeping;
  }

  void setSweeping(boolean going) {
    sweeping = going;
  }

  BooleanProperty live() {
    return live;
  }

  boolean isLive() {
    return live.get();
  }

  List<PercentileCurve.Point> liveCurve() {
    return liveCurve;
  }

  void setLiveCurve(List<PercentileCurve.Point> curve) {
    liveCurve = curve;
  }

  /** The scenario on screen: the live run's, the shown run's, or null before any. */
  Scenario scenario() {
    return scenario;
  }

  void setScenario(Scenario s) {
    scenario = s;
  }

  /** When the run on screen started; null before any run, or when its file does not say. */
  LocalDateTime shownSince() {
    return shownSince;
  }

  void setShownSince(LocalDateTime when) {
    shownSince = when;
  }

  /** True for a run measured on a machine other than this one (once this one is known). */
  boolean isOtherMachine(HostInfo host) {
    return thisMachine.get() != null && host != null && !Machines.same(host, thisMachine.get());
  }
}
