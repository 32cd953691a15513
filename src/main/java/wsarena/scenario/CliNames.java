package wsarena.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a value of the scenario's vocabulary by the name a person types ({@code in-process},
 * {@code broadcast}), with one sentence that lists the known names when it is none of them.
 */
public final class CliNames {
  private CliNames() {}

  /**
   * The constant whose {@code cliName} (or Java name) is {@code text}, in any case.
   *
   * @param what the kind of value, for the sentence: e.g. {@code workload}
   * @throws IllegalArgumentException e.g. {@code unknown workload 'fanout' (known: echo, broadcast)}
   */
  public static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> cliName, String text, String what) {
    for (E value : type.getEnumConstants()) {
      if (cliName.apply(value).equalsIgnoreCase(text) || value.name().equalsIgnoreCase(text)) {
        return value;
      }
    }
    String known = Arrays.stream(type.getEnumConstants()).map(cliName).collect(Collectors.joining(", "));
    throw new IllegalArgumentException("unknown " + what + " '" + text + "' (known: " + known + ")");
  }

  /** The lower-case Java name, for values whose typed name is just that, e.g. {@code text}. */
  public static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
