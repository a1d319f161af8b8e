package dev.parafold.spark;

import dev.parafold.fn.Fn;
import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Gen;
import dev.parafold.xf.Catalog;
import dev.parafold.xf.Transducers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terminals of the reliability battery (B1: toList, count, first, last, summingLong, an
 * associative non-commutative reducing, a last-wins reducing, countBy, groupBy with a limit
 * downstream, anyMatch, allMatch) with the battery's parameters, built from the library's
 * serializable function types so that they ship to Spark executors (the battery's own terminals
 * take {@code java.util.function} keys). No models: the Spark tests compare with the sequential
 * fold, which the battery checks against the models. Elements may be anything, nulls included
 * ({@link Catalog#h}).
 */
final class SerializableTerminals {
  private SerializableTerminals() {}

  /** One terminal reducer. */
  record End(String name, String detail, Reducer<Object, ?, ?> reducer) {
    @Override
    public String toString() {
      return detail;
    }
  }

  /** Builds a random instance of one terminal. */
  interface EndFactory {
    End make(Gen g);
  }

  static final Map<String, EndFactory> ENDS = ends();

  private static int h(Object x, int m) {
    return Catalog.h(x, m);
  }

  private static Map<String, EndFactory> ends() {
    Map<String, EndFactory> c = new LinkedHashMap<>();
    c.put("toList", g -> new End("toList", "toList", Reducers.toList()));
    c.put("count", g -> new End("count", "count", Reducers.count()));
    c.put("first", g -> new End("first", "first", Reducers.first()));
    c.put("last", g -> new End("last", "last", Reducers.last()));
    c.put(
        "sumLong",
        g -> {
          int m = g.oneOf(10, 1000);
          return new End(
              "sumLong", "summingLong(h%" + m + ")", Reducers.<Object>summingLong(x -> h(x, m)));
        });
    c.put(
        "reduceConcat",
        g ->
            new End(
                "reduceConcat",
                "map(h%10)+reducing(\"\", concat)",
                Transducers.<Object, String>map(x -> Integer.toString(h(x, 10)))
                    .apply(Reducers.reducing("", String::concat))));
    c.put(
        "reduceLast",
        g ->
            new End(
                "reduceLast",
                "map(\"v\"+h%100)+reducing((a, b) -> b)",
                Transducers.<Object, String>map(x -> "v" + h(x, 100))
                    .apply(Reducers.<String>reducing((a, b) -> b))));
    c.put(
        "countBy",
        g -> {
          int m = g.intBetween(1, 6);
          boolean nullKeys = g.chance(0.3);
          Fn<Object, Integer> key = x -> nullKeys && x == null ? null : h(x, m);
          return new End(
              "countBy",
              "countBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
              Reducers.<Object, Integer>countBy(key));
        });
    c.put(
        "groupBy",
        g -> {
          int m = g.intBetween(1, 4);
          int k = g.intBetween(0, 3);
          boolean nullKeys = g.chance(0.3);
          Fn<Object, Integer> key = x -> nullKeys && x == null ? null : h(x, m);
          return new End(
              "groupBy",
              "groupBy("
                  + (nullKeys ? "null->null, " : "")
                  + "h%"
                  + m
                  + ", limit("
                  + k
                  + "), toList)",
              Transducers.<Object, Integer, Object, List<Object>>groupBy(
                  key, Transducers.limit(k), Reducers.toList()));
        });
    c.put(
        "anyMatch",
        g -> {
          int m = g.intBetween(2, 30);
          Pred<Object> p = x -> h(x, m) == 0;
          return new End("anyMatch", "anyMatch(h%" + m + "==0)", Reducers.anyMatch(p));
        });
    c.put(
        "allMatch",
        g -> {
          int m = g.intBetween(2, 30);
          Pred<Object> p = x -> h(x, m) != 0;
          return new End("allMatch", "allMatch(h%" + m + "!=0)", Reducers.allMatch(p));
        });
    return Collections.unmodifiableMap(c);
  }
}
