package wsarena.ui.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import wsarena.metrics.Sample;
import wsarena.run.ShootoutProgress;
import wsarena.scenario.TargetCatalog;
import wsarena.ui.ScenarioText;
import wsarena.ui.chart.ChartCard;
import wsarena.ui.chart.LatencyCard;
import wsarena.ui.chart.LatencyScale;
import wsarena.ui.chart.ThroughputCard;
import wsarena.ui.chart.TimeWindow;
import wsarena.ui.run.RunUpdate;

/**
 * The shootout going on, in the Compare view: where it is across the targets ("Tornado, repeat 2
 * of 3 · target 5 of 9 · about 3 min left", counting down between two targets' starts, with a bar
 * over the whole shootout) and the live latency and throughput of the target being measured.
 * Hidden while nothing runs. The figures and the time left are the core's; this only draws them.
 */
final class CompareLive extends VBox {
  private final TargetCatalog catalog;
  private final Label line = new Label();
  private final ProgressBar bar = new ProgressBar(0);
  private final TimeWindow window = new TimeWindow();
  private final ObjectProperty<LatencyScale> scale = new SimpleObjectProperty<>(LatencyScale.LOG);
  private final LatencyCard latency = new LatencyCard(scale);
  private final ThroughputCard throughput = new ThroughputCard();
  private final Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
  private ShootoutProgress progress;
  private String name = "";
  private long startedNanos;

  CompareLive(TargetCatalog catalog) {
    this.catalog = catalog;
    getStyleClass().add("compare-live");
    setId("compare-live");
    line.setId("compare-progress");
    line.getStyleClass().add("compare-progress");
    bar.setId("compare-progress-bar");
    bar.setMaxWidth(Double.MAX_VALUE);
    HBox charts = new HBox(10, latency, throughput);
    HBox.setHgrow(latency, Priority.ALWAYS);
    HBox.setHgrow(throughput, Priority.ALWAYS);
    latency.setMinSize(0, 0);
    throughput.setMinSize(0, 0);
    latency.setPrefWidth(100);
    throughput.setPrefWidth(100);
    VBox.setVgrow(charts, Priority.ALWAYS);
    getChildren().addAll(line, bar, charts);
    clock.setCycleCount(Animation.INDEFINITE);
    setLive(false);
  }

  /** Draws a batch of the run's events: a target starting, its samples, the shootout's end. */
  void onEvents(List<RunUpdate> batch) {
    List<Sample> samples = new ArrayList<>();
    for (RunUpdate event : batch) {
      switch (event) {
        case RunUpdate.Started s -> {
          append(samples);
          samples.clear();
          start(s);
        }
        case RunUpdate.SampleArrived s -> samples.add(s.sample());
        case RunUpdate.SeriesEnded e -> {
          append(samples);
          samples.clear();
          setLive(false);
        }
        case RunUpdate.SweepDone d -> { // a sweep's steps are Run-page runs: this page lets them go
          samples.clear();
          setLive(false);
        }
        case RunUpdate.SweepStepStarting st -> {}
        case RunUpdate.SweepStepDone sd -> {}
        case RunUpdate.Crashed c -> {
          samples.clear();
          setLive(false);
        }
        case RunUpdate.Finished f -> {}
        case RunUpdate.PhaseChanged p -> {}
        case RunUpdate.Warned w -> {}
      }
    }
    append(samples);
  }

  private void start(RunUpdate.Started s) {
    progress = s.progress();
    name = ScenarioText.shortName(s.scenario().target(), catalog);
    startedNanos = System.nanoTime();
    window.reset(ScenarioText.plannedSeconds(s.scenario()));
    latency.reset(s.scenario());
    throughput.reset(s.scenario());
    latency.awaitSamples();
    throughput.awaitSamples();
    setLive(true);
    tick();
  }

  private void append(List<Sample> samples) {
    if (samples.isEmpty() || progress == null) {
      return;
    }
    for (Sample s : samples) {
      window.include(s.elapsedMillis() / 1000.0);
    }
    latency.append(samples, window);
    throughput.append(samples, window);
  }

  /** The line and the bar, counted down since the target started. */
  private void tick() {
    if (progress == null) {
      return;
    }
    Duration since = Duration.ofNanos(System.nanoTime() - startedNanos);
    Duration left = progress.remainingAfter(since);
    line.setText(progress.sentence(name, left));
    double done = progress.elapsed().plus(since).toMillis();
    double all = done + left.toMillis();
    bar.setProgress(all <= 0 ? 0 : Math.min(1, done / all));
  }

  private void setLive(boolean live) {
    setVisible(live);
    setManaged(live);
    if (live) {
      clock.play();
    } else {
      clock.stop();
      progress = null;
    }
  }

  /** The progress line as shown, e.g. {@code Tornado, repeat 2 of 3 · target 5 of 9 · about 3 min left}. */
  String progressText() {
    return line.getText();
  }

  List<ChartCard> cards() {
    return List.of(latency, throughput);
  }
}
