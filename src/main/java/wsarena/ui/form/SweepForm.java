package wsarena.ui.form;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.SweepPlan;

/**
 * The sweep settings as the user typed them, turned into a {@link SweepPlan} and checked by it:
 * the first rate and the p99 bound, or connection steps at a rate per connection. Plain JavaFX
 * properties, no controls: tested without a window.
 */
public final class SweepForm {
  /** The plan, or the sentences that stop the fields from being one. */
  public record Check(Optional<SweepPlan> plan, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public final StringProperty startRate = new SimpleStringProperty("1000");
  public final StringProperty p99Bound = new SimpleStringProperty("10ms");
  /** Empty for rate steps; e.g. {@code 10,100,1000} for connection steps. */
  public final StringProperty connectionSteps = new SimpleStringProperty("");
  public final StringProperty ratePerConnection = new SimpleStringProperty("10");
  private final ReadOnlyObjectWrapper<Check> check = new ReadOnlyObjectWrapper<>();

  public SweepForm() {
    for (Observable input : List.<Observable>of(startRate, p99Bound, connectionSteps, ratePerConnection)) {
      input.addListener(o -> check.set(check()));
    }
    check.set(check());
  }

  public ReadOnlyObjectProperty<Check> checkProperty() {
    return check.getReadOnlyProperty();
  }

  /** True when the fields ask for connection steps rather than rate steps. */
  public boolean connectionStepsGiven() {
    return connectionSteps.get() != null && !connectionSteps.get().isBlank();
  }

  public Check check() {
    List<String> problems = new ArrayList<>();
    Duration bound = null;
    try {
      bound = ScenarioValidator.parseDuration(p99Bound.get() == null ? "" : p99Bound.get());
    } catch (IllegalArgumentException e) {
      problems.add("the p99 bound: " + e.getMessage());
    }
    SweepPlan.Steps steps;
    if (connectionStepsGiven()) {
      List<Integer> counts = new ArrayList<>();
      for (String part : connectionSteps.get().split("[,\\s]+")) {
        try {
          if (!part.isBlank()) {
            counts.add(Integer.parseInt(part.strip().replace("_", "")));
          }
        } catch (NumberFormatException e) {
          problems.add("'" + part.strip() + "' is not a number of connections: write e.g. 10,100,1000");
        }
      }
      steps = new SweepPlan.Steps.Connections(counts, number(ratePerConnection.get(), "the rate per connection", problems));
    } else {
      steps = new SweepPlan.Steps.Rates(number(startRate.get(), "the start rate", problems), SweepPlan.DEFAULT_PRECISION);
    }
    if (!problems.isEmpty()) {
      return new Check(Optional.empty(), problems);
    }
    SweepPlan plan = new SweepPlan(steps, SweepPlan.Bounds.p99(bound), false, SweepPlan.DEFAULT_COOLDOWN);
    List<String> planProblems = plan.problems();
    return planProblems.isEmpty() ? new Check(Optional.of(plan), List.of()) : new Check(Optional.empty(), planProblems);
  }

  private static double number(String text, String what, List<String> problems) {
    try {
      return Double.parseDouble(text == null ? "" : text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      problems.add(what + " must be a number of messages per second, e.g. 1000");
      return 1;
    }
  }
}
