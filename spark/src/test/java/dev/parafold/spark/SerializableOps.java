package dev.parafold.spark;

import dev.parafold.fn.Cmp;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn2;
import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import dev.parafold.xf.Transducers;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Random pipeline stages and terminals for Spark, built only from serializable functions: every
 * object operation of the transducer catalog and every terminal of the reliability battery (B1),
 * with the battery's parameter ranges and its element hash {@link #h}, so elements may be anything,
 * nulls included. Lambdas here capture only numbers, strings and serializable maps, so the whole
 * chain ships to executors. No list models: the Spark tests compare with the sequential fold, which
 * the battery already checks against the models.
 */
final class SerializableOps {
  private SerializableOps() {}

  /** One stage: the catalog operation, its parameters, the transducer. */
  record Stage(String name, String detail, Transducer<Object, Object> xf) {
    @Override
    public String toString() {
      return detail;
    }
  }

  /** One terminal reducer. */
  record End(String name, String detail, Reducer<Object, ?, ?> reducer) {
    @Override
    public String toString() {
      return detail;
    }
  }

  interface StageFactory {
    Stage make(Gen g);
  }

  interface EndFactory {
    End make(Gen g);
  }

  static final Map<String, StageFactory> STAGES = stages();
  static final Map<String, EndFactory> ENDS = ends();

  /** The battery's element hash: any element, nulls and nested lists included, into [0, m). */
  static int h(Object x, int m) {
    return Math.floorMod(Objects.hashCode(x) * 31 + 7, m);
  }

  /** {@code k} copies of {@code x} for k = h(x, c + 1) < c; null (= none) when k == c. */
  static List<Object> expand(Object x, int c) {
    int k = h(x, c + 1);
    return k == c ? null : Collections.nCopies(k, x);
  }

  @SuppressWarnings("unchecked")
  private static Transducer<Object, Object> obj(Transducer<Object, ?> xf) {
    return (Transducer<Object, Object>) xf;
  }

  private static Stage stage(String name, String detail, Transducer<Object, ?> xf) {
    return new Stage(name, detail, obj(xf));
  }

  private static Map<String, StageFactory> stages() {
    Map<String, StageFactory> c = new LinkedHashMap<>();
    c.put(
        "map",
        g -> {
          int m = g.oneOf(3, 10, 1000);
          switch (g.intBetween(0, 2)) {
            case 0:
              return stage("map", "map(h%" + m + ")", Transducers.map(x -> h(x, m)));
            case 1:
              return stage(
                  "map",
                  "map(nullSafe h%" + m + ")",
                  Transducers.map(x -> x == null ? null : h(x, m)));
            default:
              return stage("map", "map(\"s\"+h%" + m + ")", Transducers.map(x -> "s" + h(x, m)));
          }
        });
    c.put(
        "filter",
        g -> {
          int m = g.intBetween(2, 6);
          return stage("filter", "filter(h%" + m + "!=0)", Transducers.filter(x -> h(x, m) != 0));
        });
    c.put(
        "remove",
        g -> {
          int m = g.intBetween(2, 6);
          return stage("remove", "remove(h%" + m + "!=0)", Transducers.remove(x -> h(x, m) != 0));
        });
    c.put(
        "keep",
        g -> {
          int m = g.intBetween(2, 5);
          return stage(
              "keep",
              "keep(h%" + m + "==0?null:h)",
              Transducers.keep(x -> h(x, m) == 0 ? null : h(x, 1000)));
        });
    c.put(
        "flatMap",
        g -> {
          int k = g.intBetween(1, 3);
          return stage(
              "flatMap",
              "flatMap(copies%" + k + ")",
              Transducers.<Object, Object>flatMap(x -> expand(x, k)));
        });
    c.put(
        "cat",
        g -> {
          int k = g.intBetween(1, 3);
          return stage(
              "cat",
              "map(copies%" + k + ")+cat",
              Transducers.<Object, Iterable<? extends Object>>map(x -> expand(x, k))
                  .andThen(Transducers.<Object>cat()));
        });
    c.put(
        "replace",
        g -> {
          HashMap<Object, Object> r = new HashMap<>();
          int n = g.intBetween(1, 4);
          for (int i = 0; i < n; i++) {
            Object key = g.chance(0.15) ? null : (Object) g.intBetween(0, 12);
            Object value = g.chance(0.15) ? null : g.oneOf(g.intBetween(0, 12), "r" + i);
            r.put(key, value);
          }
          return stage("replace", "replace(" + r + ")", Transducers.replace(r));
        });
    c.put("peek", g -> stage("peek", "peek(hash)", Transducers.peek(x -> Objects.hashCode(x))));
    c.put(
        "limit",
        g -> {
          int k = g.chance(0.8) ? g.intBetween(0, 20) : g.intBetween(0, 300);
          return stage("limit", "limit(" + k + ")", Transducers.limit(k));
        });
    c.put(
        "skip",
        g -> {
          int k = g.chance(0.8) ? g.intBetween(0, 20) : g.intBetween(0, 300);
          return stage("skip", "skip(" + k + ")", Transducers.skip(k));
        });
    c.put(
        "takeWhile",
        g -> {
          int m = g.intBetween(2, 20);
          return stage(
              "takeWhile", "takeWhile(h%" + m + "!=0)", Transducers.takeWhile(x -> h(x, m) != 0));
        });
    c.put(
        "dropWhile",
        g -> {
          int m = g.intBetween(2, 20);
          return stage(
              "dropWhile", "dropWhile(h%" + m + "!=0)", Transducers.dropWhile(x -> h(x, m) != 0));
        });
    c.put(
        "haltWhen",
        g -> {
          int m = g.intBetween(2, 20);
          return stage(
              "haltWhen", "haltWhen(h%" + m + "==0)", Transducers.haltWhen(x -> h(x, m) == 0));
        });
    c.put(
        "takeNth",
        g -> {
          int n = g.intBetween(1, 4);
          return stage("takeNth", "takeNth(" + n + ")", Transducers.takeNth(n));
        });
    c.put(
        "mapIndexed",
        g -> {
          int m = g.intBetween(2, 4);
          Fn2<Long, Object, Object> f = (i, x) -> i % m == 0 ? x : i * 1000 + h(x, 1000);
          return stage(
              "mapIndexed", "mapIndexed(i%" + m + "==0?x:i*1000+h)", Transducers.mapIndexed(f));
        });
    c.put(
        "keepIndexed",
        g -> {
          int m = g.intBetween(2, 4);
          Fn2<Long, Object, Object> f = (i, x) -> i % m == h(x, m) ? null : x;
          return stage(
              "keepIndexed",
              "keepIndexed(i%" + m + "==h%" + m + "?null:x)",
              Transducers.keepIndexed(f));
        });
    c.put("zipWithIndex", g -> stage("zipWithIndex", "zipWithIndex", Transducers.zipWithIndex()));
    c.put(
        "randomSample",
        g -> {
          double p = g.oneOf(0.0, 0.1, 0.5, 0.9, 1.0, g.unit());
          long seed = g.nextLong();
          return stage(
              "randomSample",
              "randomSample(" + p + ", " + seed + ")",
              Transducers.randomSample(p, seed));
        });
    c.put("distinct", g -> stage("distinct", "distinct", Transducers.distinct()));
    c.put(
        "distinctBy",
        g -> {
          int m = g.intBetween(2, 12);
          boolean nullKeys = g.chance(0.3);
          Fn<Object, Object> key = x -> nullKeys && x == null ? null : h(x, m);
          return stage(
              "distinctBy",
              "distinctBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
              Transducers.distinctBy(key));
        });
    c.put(
        "sorted",
        g -> {
          int m = g.oneOf(2, 7, 1000);
          boolean reversed = g.chance(0.3);
          Cmp<Object> byHash = Cmp.comparing(x -> h(x, m));
          return stage(
              "sorted",
              "sorted(h%" + m + (reversed ? ", reversed" : "") + ")",
              Transducers.sorted(reversed ? byHash.reversed() : byHash));
        });
    c.put("dedupe", g -> stage("dedupe", "dedupe", Transducers.dedupe()));
    c.put(
        "partitionAll",
        g -> {
          int n = g.intBetween(1, 6);
          return stage("partitionAll", "partitionAll(" + n + ")", Transducers.partitionAll(n));
        });
    c.put(
        "partitionBy",
        g -> {
          int m = g.intBetween(2, 5);
          boolean nullKeys = g.chance(0.3);
          Fn<Object, Object> key = x -> nullKeys && x == null ? null : h(x, m);
          return stage(
              "partitionBy",
              "partitionBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
              Transducers.partitionBy(key));
        });
    c.put(
        "window",
        g -> {
          int size = g.intBetween(1, 4);
          int step = g.intBetween(1, 4);
          return stage(
              "window", "window(" + size + ", " + step + ")", Transducers.window(size, step));
        });
    c.put(
        "interpose",
        g -> {
          Object sep = g.oneOf(-1, "|", null);
          return stage("interpose", "interpose(" + sep + ")", Transducers.interpose(sep));
        });
    c.put(
        "scan",
        g -> {
          int init = g.intBetween(0, 9);
          Fn2<Object, Object, Object> f =
              (a, x) -> Math.floorMod((Integer) a * 31 + h(x, 1000), 10007);
          return stage(
              "scan",
              "scan(" + init + ", (a*31+h)%10007)",
              Transducers.<Object, Object>scan(init, f));
        });
    c.put(
        "mapToLong",
        g -> {
          int m = g.oneOf(7, 1000);
          return stage(
              "mapToLong", "mapToLong(h%" + m + ")", Transducers.<Object>mapToLong(x -> h(x, m)));
        });
    c.put(
        "mapToDouble",
        g -> {
          int m = g.oneOf(7, 1000);
          return stage(
              "mapToDouble",
              "mapToDouble(h%" + m + "/4.0)",
              Transducers.<Object>mapToDouble(x -> h(x, m) / 4.0));
        });
    return Collections.unmodifiableMap(c);
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
