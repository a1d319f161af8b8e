package dev.parafold.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Every variant of every workload returns the same answer, at small sizes. Methods group by
 * workload prefix the way {@code benchmarks/run} groups them: {@code rangeParafoldPar} belongs to
 * {@code range}; {@code floorSeq} and {@code floorPar} form their own group.
 */
final class BenchmarkAgreementTest {
  /** Variant suffixes, longest first; the rest of a method's name is its workload prefix. */
  static final List<String> VARIANTS =
      Stream.of(
              "hand",
              "handFJ",
              "handCopy",
              "handBitmap",
              "streamSeq",
              "streamPar",
              "streamParConcurrent",
              "parafoldSeq",
              "parafoldPar",
              "duckdbSeq",
              "duckdbPar",
              "Seq",
              "Par")
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /** Small values for each benchmark's {@code @Param} fields. */
  static Stream<Object[]> workloads() {
    return Stream.of(
        new Object[] {SumOfSquaresEvenBenchmark.class, Map.of("n", "100003")},
        new Object[] {MapFilterToListBenchmark.class, Map.of("n", "20001")},
        new Object[] {WordCountBenchmark.class, Map.of("kilobytes", "300")},
        new Object[] {FindFirstBenchmark.class, Map.of("n", "2000000")},
        new Object[] {CpuHeavyBenchmark.class, Map.of("n", "5001")},
        new Object[] {NestedBenchmark.class, Map.of("groups", "9", "inner", "3001")},
        new Object[] {SmallInputBenchmark.class, Map.of("n", "100")},
        new Object[] {PollutedBenchmark.class, Map.of("n", "100003", "pollutionSize", "5000")},
        new Object[] {
          PollutedUnspecializedBenchmark.class, Map.of("n", "100003", "pollutionSize", "5000")
        },
        new Object[] {DistinctBenchmark.class, Map.of("n", "100003")},
        new Object[] {PartitionAllBenchmark.class, Map.of("n", "100003")},
        new Object[] {FileLinesBenchmark.class, Map.of("megabytes", "2", "file", "")},
        new Object[] {CsvGroupByBenchmark.class, Map.of("megabytes", "2", "file", "")});
  }

  static String prefix(String method) {
    for (String v : VARIANTS) {
      if (method.toLowerCase(Locale.ROOT).endsWith(v.toLowerCase(Locale.ROOT))) {
        return method.substring(0, method.length() - v.length());
      }
    }
    throw new AssertionError("method " + method + " does not end in a known variant " + VARIANTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void allVariantsAgree(Class<?> type, Map<String, String> params) throws Exception {
    Object bench = type.getDeclaredConstructor().newInstance();
    for (Field f : type.getFields()) {
      if (f.isAnnotationPresent(Param.class)) {
        String value = params.get(f.getName());
        assertTrue(value != null, "no test size for @Param " + f.getName());
        if (f.getType() == String.class) {
          f.set(bench, value);
        } else if (f.getType() == int.class) {
          f.setInt(bench, Integer.parseInt(value));
        } else {
          f.setLong(bench, Long.parseLong(value));
        }
      }
    }
    invokeAll(bench, Setup.class);
    try {
      Map<String, List<Method>> groups = new LinkedHashMap<>();
      List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
      methods.sort(Comparator.comparing(Method::getName));
      for (Method m : methods) {
        if (m.isAnnotationPresent(Benchmark.class)) {
          groups.computeIfAbsent(prefix(m.getName()), k -> new ArrayList<>()).add(m);
        }
      }
      assertFalse(groups.isEmpty(), "no @Benchmark methods");
      for (Map.Entry<String, List<Method>> g : groups.entrySet()) {
        List<Method> variants = g.getValue();
        assertTrue(variants.size() >= 2, "group '" + g.getKey() + "' has one variant");
        Method first = variants.get(0);
        Object expected = call(bench, first);
        assertTrue(expected != null, first.getName() + " returned null");
        for (Method m : variants.subList(1, variants.size())) {
          Object actual = call(bench, m);
          assertTrue(
              Objects.deepEquals(expected, actual),
              () ->
                  type.getSimpleName()
                      + "."
                      + m.getName()
                      + " = "
                      + show(actual)
                      + " but "
                      + first.getName()
                      + " = "
                      + show(expected));
        }
      }
    } finally {
      invokeAll(bench, TearDown.class);
    }
  }

  private static Object call(Object bench, Method m) throws Exception {
    try {
      return m.invoke(bench);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " threw", e.getCause());
    }
  }

  private static void invokeAll(Object bench, Class<? extends java.lang.annotation.Annotation> a)
      throws Exception {
    for (Method m : bench.getClass().getMethods()) {
      if (m.isAnnotationPresent(a)) {
        m.invoke(bench);
      }
    }
  }

  private static String show(Object o) {
    String s =
        o instanceof long[]
            ? Arrays.toString((long[]) o)
            : o instanceof int[] ? Arrays.toString((int[]) o) : String.valueOf(o);
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
