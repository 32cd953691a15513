package wsarena.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsarena.conformance.CaseVerdict;
import wsarena.conformance.ConformanceSummary;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.probe.FeatureTable;
import wsarena.report.ConformanceTable;
import wsarena.run.TargetChecks;
import wsarena.scenario.Scenario;

/**
 * What checking the shown run's target before its load found, under the tiles: the
 * Autobahn|Testsuite's counts (OK, non-strict, informational, unimplemented, failed), each failed
 * and non-strict case with the suite's words and, where our code cannot mend it, the library's
 * cause; then the feature probe's verdicts on one line. Hidden for a run that checked nothing.
 */
public final class ConformanceCard extends ChartCard {
  /** The cases listed at most, a line each; the rest are counted, and all are in the result file. */
  static final int CASES_SHOWN = 4;

  private final Label context = new Label();
  private final FlowPane counts = new FlowPane();
  private final VBox cases = new VBox();
  private final Label features = new Label();

  public ConformanceCard() {
    super("Conformance", "conformance", "");
    setPlaceholderVisible(false);
    setMinHeight(Region.USE_PREF_SIZE);
    context.setId("conformance-context");
    context.setMinWidth(0);
    addTitleNote(context);
    counts.setId("conformance-counts");
    counts.getStyleClass().add("conformance-counts");
    cases.setId("conformance-cases");
    cases.getStyleClass().add("conformance-cases");
    features.setId("conformance-features");
    features.getStyleClass().add("conformance-features");
    features.setWrapText(true);
    VBox content = new VBox(counts, cases, features);
    content.getStyleClass().add("conformance-content");
    // the card sizes to its lines, not to a chart's share of the height
    content.setMinHeight(Region.USE_PREF_SIZE);
    getChildren().add(content);
    // ChartCard's last child is the chart area with its placeholder: this card has no chart
    getChildren().remove(getChildren().size() - 2);
    show(null);
  }

  /** Shows what {@code result} found on its target; hides the card when it checked nothing. */
  public void show(RunResult result) {
    Optional<String> notJudged = result == null ? Optional.empty() : notJudged(result);
    boolean any = result != null && (result.conformance() != null || result.features() != null || notJudged.isPresent());
    setVisible(any);
    setManaged(any);
    counts.getChildren().clear();
    cases.getChildren().clear();
    features.setText("");
    context.setText("");
    if (!any) {
      return;
    }
    ConformanceSummary s = result.conformance();
    if (s != null) {
      context.setText(ConformanceTable.context(s));
      counts.getChildren().addAll(
          count(s.ok(), "OK", "conformance-ok"),
          count(s.nonStrict(), "non-strict", s.nonStrict() > 0 ? "conformance-non-strict" : "conformance-zero"),
          count(s.failed(), "failed", s.failed() > 0 ? "conformance-failed" : "conformance-zero"),
          count(s.informational(), "informational", "conformance-zero"),
          count(s.unimplemented(), "unimplemented", "conformance-zero"));
      caseLines(s);
    } else if (notJudged.isPresent()) {
      context.setText("Autobahn|Testsuite");
      Label why = new Label("Not judged: " + notJudged.get());
      why.setWrapText(true);
      cases.getChildren().add(why);
    } else {
      context.setText("the suite was not run on this target");
    }
    cases.setVisible(!cases.getChildren().isEmpty());
    cases.setManaged(cases.isVisible());
    features.setText(result.features() == null
        ? "Features: not probed"
        : "Features: " + FeatureTable.oneLine(result.features()));
  }

  /** The counts as shown, e.g. {@code 298 OK · 0 non-strict · 0 failed · 3 informational · 0 unimplemented}. */
  public String countsText() {
    return String.join(" · ", counts.getChildren().stream().map(n -> ((Label) n).getText()).toList());
  }

  /** The case lines as shown, one per line. */
  public String casesText() {
    return String.join("\n", cases.getChildren().stream().map(n -> ((Label) n).getText()).toList());
  }

  public String featuresText() {
    return features.getText();
  }

  private static Label count(int n, String what, String style) {
    Label l = new Label(n + " " + what);
    l.getStyleClass().addAll("conformance-count", style);
    return l;
  }

  /**
   * A line per failed, then non-strict case: its id and what it does, cut to the card's width; the
   * suite's finding and, where our code cannot mend it, the library's cause in its tooltip.
   */
  private void caseLines(ConformanceSummary s) {
    List<CaseVerdict> notOk = new ArrayList<>(s.failedCases());
    notOk.addAll(s.nonStrictCases());
    for (CaseVerdict c : notOk.subList(0, Math.min(CASES_SHOWN, notOk.size()))) {
      boolean failed = s.failedCases().contains(c);
      Label line = new Label((failed ? "failed " : "non-strict ") + c.id() + " · " + c.description());
      line.getStyleClass().addAll("conformance-case", failed ? "conformance-case-failed" : "conformance-case-non-strict");
      line.setMinWidth(0);
      line.setMaxWidth(Double.MAX_VALUE);
      StringBuilder tip = new StringBuilder(c.description()).append("\n\nsuite: ").append(c.finding());
      if (c.cause() != null) {
        tip.append("\n\nwhy: ").append(c.cause());
      }
      Tooltip tooltip = new Tooltip(tip.toString());
      tooltip.setWrapText(true);
      tooltip.setMaxWidth(640);
      line.setTooltip(tooltip);
      cases.getChildren().add(line);
    }
    if (notOk.size() > CASES_SHOWN) {
      cases.getChildren().add(new Label("and " + (notOk.size() - CASES_SHOWN) + " more, each in the saved run"));
    }
  }

  private static Optional<String> notJudged(RunResult r) {
    String prefix = TargetChecks.NOT_JUDGED_WARNING;
    return r.warnings().stream().filter(w -> w.startsWith(prefix)).map(w -> w.substring(prefix.length())).findFirst();
  }

  @Override
  public void reset(Scenario scenario) {
    show(null);
  }

  @Override
  public void append(List<Sample> samples, TimeWindow window) {
    // nothing over time: the checks ran before the load
  }

  @Override
  public int pointCount() {
    return 0;
  }
}
