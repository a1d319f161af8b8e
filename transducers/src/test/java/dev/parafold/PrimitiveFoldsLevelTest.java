package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link IntFold}, {@link LongFold} and {@link DoubleFold} stay level: the same public methods
 * (static and instance), with the same number of overloads of each arity, modulo the element type.
 * Conversions to the other two kinds ({@code mapToInt}, {@code mapToLong}, {@code mapToDouble})
 * count as one "mapTo other kind" operation; the few methods that exist for one kind only are
 * listed here with the reason.
 */
final class PrimitiveFoldsLevelTest {

  /** Methods a kind has on purpose and another lacks, with why. */
  private static final Map<String, String> KIND_ONLY =
      Map.of(
          "range/2", "ranges of ints and longs; DoubleStream has none either",
          "rangeClosed/2", "ranges of ints and longs; DoubleStream has none either",
          "asLongs/0", "IntFold widens to long (IntStream.asLongStream)",
          "asDoubles/0", "int and long widen to double (asDoubleStream); a double is widest");

  /** {@code name/arity} of each public method, with its count of overloads. */
  private static Map<String, Integer> shape(Class<?> c) {
    String self = c.getSimpleName().replace("Fold", "");
    Map<String, Integer> out = new TreeMap<>();
    for (Method m : c.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
        continue;
      }
      String name = m.getName();
      if (name.startsWith("mapTo") && !name.equals("mapToObj")) {
        String kind = name.substring("mapTo".length());
        name = kind.equals(self) ? name : "mapToOtherKind";
      }
      String key = name + "/" + m.getParameterCount();
      if (KIND_ONLY.containsKey(key)) {
        continue;
      }
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }

  /** The entries whose overload counts differ, as {@code "left vs right"}. */
  private static Map<String, String> difference(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, String> out = new TreeMap<>();
    Set<String> keys = new java.util.TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      if (!java.util.Objects.equals(a.get(k), b.get(k))) {
        out.put(k, a.getOrDefault(k, 0) + " vs " + b.getOrDefault(k, 0));
      }
    }
    return out;
  }

  @Test
  void intLongAndDoubleFoldsHaveTheSameOperations() {
    Map<String, Integer> ints = shape(IntFold.class);
    Map<String, Integer> longs = shape(LongFold.class);
    Map<String, Integer> doubles = shape(DoubleFold.class);
    assertEquals(Map.of(), difference(longs, ints), "LongFold vs IntFold: name/arity = overloads");
    assertEquals(
        Map.of(), difference(longs, doubles), "LongFold vs DoubleFold: name/arity = overloads");
    assertEquals(
        Set.of(),
        Set.copyOf(
            ints.keySet().stream()
                .filter(k -> k.startsWith("mapToOtherKind") && ints.get(k) != 2)
                .toList()),
        "each kind maps to both others");
  }
}
