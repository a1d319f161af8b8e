package dev.parafold.xf;

import static dev.parafold.xf.Catalog.h;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The terminal reducers of the reliability battery, each with a model over the pipeline's output
 * list. Built from the library's serializable function types, so that the same terminals also ship
 * to Spark executors (the Spark battery compares with the sequential fold and leaves the models
 * unused). Elements may be anything, nulls included ({@link Catalog#h}).
 */
public final class Terminals {
  private Terminals() {}

  /** A terminal: the reducer and what it must return for a given output list. */
  public record Terminal(
      String name,
      String detail,
      Reducer<Object, ?, ?> reducer,
      Function<List<Object>, Object> model) {
    @Override
    public String toString() {
      return detail;
    }
  }

  /** Builds a random instance of one terminal. */
  public interface Factory {
    Terminal make(Gen gen);
  }

  public static final Map<String, Factory> CATALOG = catalog();

  private static Map<String, Factory> catalog() {
    Map<String, Factory> c = new LinkedHashMap<>();
    c.put("toList", g -> new Terminal("toList", "toList", Reducers.toList(), out -> out));
    c.put("count", g -> new Terminal("count", "count", Reducers.count(), out -> (long) out.size()));
    c.put(
        "first",
        g ->
            new Terminal(
                "first",
                "first",
                Reducers.first(),
                // Optional.of(null) throws NullPointerException, as Reducers.first() must.
                out -> out.isEmpty() ? Optional.empty() : Optional.of(out.get(0))));
    c.put(
        "last",
        g ->
            new Terminal(
                "last",
                "last",
                Reducers.last(),
                out -> out.isEmpty() ? Optional.empty() : Optional.of(out.get(out.size() - 1))));
    c.put(
        "sumLong",
        g -> {
          int m = g.oneOf(10, 1000);
          return new Terminal(
              "sumLong",
              "summingLong(h%" + m + ")",
              Reducers.<Object>summingLong(x -> h(x, m)),
              out -> {
                long s = 0;
                for (Object x : out) {
                  s += h(x, m);
                }
                return s;
              });
        });
    c.put(
        "reduceConcat",
        g ->
            // Associative, not commutative: chunks must merge in encounter order.
            new Terminal(
                "reduceConcat",
                "map(h%10)+reducing(\"\", concat)",
                Transducers.<Object, String>map(x -> Integer.toString(h(x, 10)))
                    .apply(Reducers.reducing("", String::concat)),
                out -> {
                  StringBuilder sb = new StringBuilder();
                  for (Object x : out) {
                    sb.append(h(x, 10));
                  }
                  return sb.toString();
                }));
    c.put(
        "reduceLast",
        g ->
            new Terminal(
                "reduceLast",
                "map(\"v\"+h%100)+reducing((a, b) -> b)",
                Transducers.<Object, String>map(x -> "v" + h(x, 100))
                    .apply(Reducers.<String>reducing((a, b) -> b)),
                out ->
                    out.isEmpty()
                        ? Optional.empty()
                        : Optional.of("v" + h(out.get(out.size() - 1), 100))));
    c.put(
        "countBy",
        g -> {
          int m = g.intBetween(1, 6);
          boolean nullKeys = g.chance(0.3);
          Fn<Object, Integer> key = x -> nullKeys && x == null ? null : h(x, m);
          return new Terminal(
              "countBy",
              "countBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
              Reducers.<Object, Integer>countBy(key),
              out -> {
                Map<Integer, Long> counts = new LinkedHashMap<>();
                for (Object x : out) {
                  counts.merge(key.apply(x), 1L, Long::sum);
                }
                return counts;
              });
        });
    c.put(
        "groupBy",
        g -> {
          int m = g.intBetween(1, 4);
          int k = g.intBetween(0, 3);
          boolean nullKeys = g.chance(0.3);
          Fn<Object, Integer> key = x -> nullKeys && x == null ? null : h(x, m);
          return new Terminal(
              "groupBy",
              "groupBy("
                  + (nullKeys ? "null->null, " : "")
                  + "h%"
                  + m
                  + ", limit("
                  + k
                  + "), toList)",
              Transducers.<Object, Integer, Object, List<Object>>groupBy(
                  key, Transducers.limit(k), Reducers.toList()),
              out -> {
                Map<Integer, List<Object>> groups = new LinkedHashMap<>();
                for (Object x : out) {
                  Integer gk = key.apply(x);
                  if (!groups.containsKey(gk)) {
                    groups.put(gk, new ArrayList<>());
                  }
                  List<Object> group = groups.get(gk);
                  if (group.size() < k) {
                    group.add(x);
                  }
                }
                return groups;
              });
        });
    c.put(
        "anyMatch",
        g -> {
          int m = g.intBetween(2, 30);
          return new Terminal(
              "anyMatch",
              "anyMatch(h%" + m + "==0)",
              Reducers.<Object>anyMatch(x -> h(x, m) == 0),
              out -> out.stream().anyMatch(x -> h(x, m) == 0));
        });
    c.put(
        "allMatch",
        g -> {
          int m = g.intBetween(2, 30);
          return new Terminal(
              "allMatch",
              "allMatch(h%" + m + "!=0)",
              Reducers.<Object>allMatch(x -> h(x, m) != 0),
              out -> out.stream().allMatch(x -> h(x, m) != 0));
        });
    return Collections.unmodifiableMap(c);
  }
}
