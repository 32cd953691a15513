package wsarena.ui.form;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.StringProperty;
import wsarena.scenario.Problem;
import wsarena.scenario.ScenarioValidator;
import wsarena.text.Units;

/**
 * A form field's text read as the value it stands for, or a {@link Problem} for that field with an
 * example of what would do. The fallback keeps the rest of the form checkable.
 */
final class TypedText {
  private TypedText() {}

  static int integer(StringProperty field, String name, String what, int fallback, List<Problem> out) {
    String text = clean(field.get());
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      out.add(new Problem(name, what + " must be a whole number, e.g. " + fallback));
      return fallback;
    }
  }

  static double number(StringProperty field, String name, String what, double fallback, List<Problem> out) {
    String text = clean(field.get());
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    out.add(new Problem(name, what + " must be a number, e.g. " + Units.numberField(fallback)));
    return fallback;
  }

  static Duration duration(StringProperty field, String name, String what, Duration fallback, List<Problem> out) {
    String text = field.get() == null ? "" : field.get().strip();
    if (text.isEmpty()) {
      out.add(new Problem(name, "enter " + what + ", e.g. " + Units.durationField(fallback.isZero() ? Duration.ofSeconds(2) : fallback)));
      return fallback;
    }
    try {
      return ScenarioValidator.parseDuration(text);
    } catch (IllegalArgumentException e) {
      out.add(new Problem(name, e.getMessage()));
      return fallback;
    }
  }

  /** Tolerates thousands separators and spaces: {@code 10,000} and {@code 10 000} are 10000. */
  static String clean(String text) {
    return text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
  }
}
