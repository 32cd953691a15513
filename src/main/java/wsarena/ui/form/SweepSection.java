package wsarena.ui.form;

import static wsarena.ui.form.FormLayout.row;
import static wsarena.ui.form.FormLayout.section;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import wsarena.ui.Shown;

/** The scenario pane's Sweep fields, under the scenario's: checked by the sweep's own form. */
final class SweepSection {
  private SweepSection() {}

  /**
   * What the Sweep button does: rate steps from the start rate (doubling, then bisecting to 5 %),
   * or connection steps when some are given, each step judged against the p99 bound.
   */
  static List<Node> of(SweepForm sweep) {
    TextField start = plain("sweep-start-rate", sweep.startRate);
    TextField bound = plain("sweep-p99", sweep.p99Bound);
    TextField steps = plain("sweep-connection-steps", sweep.connectionSteps);
    steps.setPromptText("optional, e.g. 10,100,1000");
    TextField perConnection = plain("sweep-rate-per-connection", sweep.ratePerConnection);
    Node startRow = row("Start rate", start, "msgs/s, doubled each step");
    Node perConnectionRow = row("Per connection", perConnection, "msgs/s each");
    javafx.beans.binding.BooleanBinding byConnections = Bindings.createBooleanBinding(sweep::connectionStepsGiven, sweep.connectionSteps);
    Shown.when(startRow, byConnections.not());
    Shown.when(perConnectionRow, byConnections);
    Label line = new Label("Sweep raises the load step by step, each step a whole open-loop run, up to the highest"
        + " load whose p99 stays within the bound with nothing lost.");
    line.setWrapText(true);
    line.getStyleClass().add("model-explanation");
    Label problems = new Label();
    problems.setId("sweep-problems");
    problems.setWrapText(true);
    problems.getStyleClass().add("field-message");
    Runnable show = () -> {
      List<String> p = sweep.checkProperty().get().problems();
      problems.setText(String.join("\n", p.stream().map(InlineValidationDecoration::capitalized).toList()));
      problems.setVisible(!p.isEmpty());
      problems.setManaged(!p.isEmpty());
    };
    sweep.checkProperty().addListener(o -> show.run());
    show.run();
    return List.of(
        section("Sweep"), line, startRow, row("p99 bound", bound, "a step passes under it"),
        row("Connection steps", steps, null), perConnectionRow, problems);
  }

  /** A text field bound to {@code value}, checked by its own form rather than the scenario's. */
  private static TextField plain(String id, javafx.beans.property.StringProperty value) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    return field;
  }
}
