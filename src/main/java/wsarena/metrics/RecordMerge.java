package wsarena.metrics;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Combines records of one type, component by component, each by its own named rule: summed, the
 * largest, the mean, one value all share, or computed. Every component must have a rule, so a
 * component added to the record later cannot be merged by accident: {@link #RecordMerge} names
 * the ones without. Adding a summed field is one line, {@code .sum("name")}.
 *
 * <pre>{@code
 * RecordMerge<Counts> counts = new RecordMerge<>(Counts.class).sum("sent").max("peak");
 * Counts total = counts.merge(List.of(a, b, c));
 * }</pre>
 */
public final class RecordMerge<T extends Record> {
  private final Class<T> type;
  private final RecordComponent[] components;
  private final Map<String, Function<List<Object>, Object>> rules = new LinkedHashMap<>();

  public RecordMerge(Class<T> type) {
    this.type = type;
    this.components = type.getRecordComponents();
  }

  /** Added up (int, long or double). */
  public RecordMerge<T> sum(String... names) {
    for (String name : names) {
      rule(name, values -> add(values));
    }
    return this;
  }

  /** The largest value. */
  public RecordMerge<T> max(String... names) {
    for (String name : names) {
      rule(name, values -> values.stream().map(v -> (Comparable<?>) v).max(RecordMerge::compare).orElseThrow());
    }
    return this;
  }

  /** The largest value of those known, or -1 when none is (figures that read -1 when not known). */
  public RecordMerge<T> maxKnown(String... names) {
    for (String name : names) {
      rule(name, values -> {
        Object known = values.stream().filter(v -> ((Number) v).doubleValue() >= 0).map(v -> (Comparable<?>) v).max(RecordMerge::compare).orElse(null);
        return known != null ? known : values.getFirst();
      });
    }
    return this;
  }

  /** Added up when every value is known, else -1 (figures that read -1 when not known). */
  public RecordMerge<T> sumKnown(String... names) {
    for (String name : names) {
      rule(name, values -> values.stream().anyMatch(v -> ((Number) v).doubleValue() < 0) ? (Object) (-1.0) : add(values));
    }
    return this;
  }

  /** The mean, for figures of each machine in percent of that machine. */
  public RecordMerge<T> mean(String... names) {
    for (String name : names) {
      rule(name, values -> values.stream().mapToDouble(v -> ((Number) v).doubleValue()).average().orElse(0));
    }
    return this;
  }

  /** The first value: one all share (a phase, a name). */
  public RecordMerge<T> first(String... names) {
    for (String name : names) {
      rule(name, List::getFirst);
    }
    return this;
  }

  /** Computed from all values by {@code how} (a nested record's own merge, a histogram's summary). */
  @SuppressWarnings("unchecked")
  public <V> RecordMerge<T> by(String name, Function<List<V>, V> how) {
    return rule(name, values -> how.apply((List<V>) (List<?>) values));
  }

  /** Merges {@code records} (at least one) by the rules. */
  public T merge(List<T> records) {
    complete();
    if (records.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        List<Object> values = new ArrayList<>();
        for (T r : records) {
          values.add(c.getAccessor().invoke(r));
        }
        args[i] = convert(rules.get(c.getName()).apply(values), c.getType());
      }
      Constructor<T> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (IllegalAccessException | InstantiationException | NoSuchMethodException e) {
      throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot build a " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
    }
  }

  /** Checks that every component has a rule; a sentence naming those without, else this. */
  public RecordMerge<T> complete() {
    List<String> missing =
        Arrays.stream(components).map(RecordComponent::getName).filter(n -> !rules.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(type.getSimpleName() + " has no merge rule for " + String.join(", ", missing));
    }
    return this;
  }

  private RecordMerge<T> rule(String name, Function<List<Object>, Object> how) {
    if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
    }
    rules.put(name, how);
    return this;
  }

  private static Object add(List<Object> values) {
    Object first = Objects.requireNonNull(values.getFirst());
    return switch (first) {
      case Integer i -> values.stream().mapToInt(v -> (Integer) v).sum();
      case Long l -> values.stream().mapToLong(v -> (Long) v).sum();
      default -> values.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable a, Comparable b) {
    return a.compareTo(b);
  }

  /** A computed double into an int or long component, and the like. */
  private static Object convert(Object value, Class<?> to) {
    if (value instanceof Number n) {
      if (to == int.class) {
        return n.intValue();
      }
      if (to == long.class) {
        return n.longValue();
      }
      if (to == double.class) {
        return n.doubleValue();
      }
    }
    return value;
  }
}
