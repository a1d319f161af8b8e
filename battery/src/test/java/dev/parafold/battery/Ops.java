package dev.parafold.battery;

import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import dev.parafold.xf.Models;
import dev.parafold.xf.Transducers;
import io.vavr.Tuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Every catalog operation of {@link Transducers} that works on boxed objects, each with a
 * plain-list model. Elements are plain {@code Object}s: stages that change the element type
 * (partitionAll's lists, zipWithIndex's pairs, mapToDouble's doubles) feed later stages as they
 * are, and every function used here works on any element, nulls included, through {@link #h}.
 */
final class Ops {
  private Ops() {}

  /**
   * One random pipeline stage: the catalog operation it exercises, its parameters, the transducer
   * and the list model.
   */
  record Op(
      String name,
      String detail,
      Transducer<Object, Object> xf,
      UnaryOperator<List<Object>> model) {
    @Override
    public String toString() {
      return detail;
    }
  }

  /** Builds a random instance of one catalog operation. */
  interface Factory {
    Op make(Gen gen);
  }

  /** The catalog, by operation name; the battery asserts each one was used. */
  static final Map<String, Factory> CATALOG = catalog();

  /** A cheap deterministic hash of any element, nulls and nested lists included, into [0, m). */
  static int h(Object x, int m) {
    return Math.floorMod(Objects.hashCode(x) * 31 + 7, m);
  }

  @SuppressWarnings("unchecked")
  static Transducer<Object, Object> obj(Transducer<Object, ?> xf) {
    return (Transducer<Object, Object>) xf;
  }

  /** {@code k} copies of {@code x} for k = h(x, c + 1) < c; null (= none) when k == c. */
  static List<Object> expand(Object x, int c) {
    int k = h(x, c + 1);
    return k == c ? null : Collections.nCopies(k, x);
  }

  private static Map<String, Factory> catalog() {
    Map<String, Factory> c = new LinkedHashMap<>();
    c.put(
        "map",
        g -> {
          int m = g.oneOf(3, 10, 1000);
          switch (g.intBetween(0, 2)) {
            case 0:
              return op("map", "map(h%" + m + ")", Transducers.map(x -> h(x, m)), x -> h(x, m));
            case 1:
              Function<Object, Object> f = x -> x == null ? null : h(x, m);
              return op("map", "map(nullSafe h%" + m + ")", Transducers.map(f::apply), f);
            default:
              Function<Object, Object> s = x -> "s" + h(x, m);
              return op("map", "map(\"s\"+h%" + m + ")", Transducers.map(s::apply), s);
          }
        });
    c.put(
        "filter",
        g -> {
          int m = g.intBetween(2, 6);
          Predicate<Object> p = x -> h(x, m) != 0;
          return new Op(
              "filter", "filter(h%" + m + "!=0)", Transducers.filter(p::test), in -> filter(in, p));
        });
    c.put(
        "remove",
        g -> {
          int m = g.intBetween(2, 6);
          Predicate<Object> p = x -> h(x, m) != 0;
          return new Op(
              "remove",
              "remove(h%" + m + "!=0)",
              Transducers.remove(p::test),
              in -> filter(in, p.negate()));
        });
    c.put(
        "keep",
        g -> {
          int m = g.intBetween(2, 5);
          Function<Object, Object> f = x -> h(x, m) == 0 ? null : h(x, 1000);
          return new Op(
              "keep",
              "keep(h%" + m + "==0?null:h)",
              Transducers.keep(f::apply),
              in -> filter(map(in, f), Objects::nonNull));
        });
    c.put(
        "flatMap",
        g -> {
          int k = g.intBetween(1, 3);
          return new Op(
              "flatMap",
              "flatMap(copies%" + k + ")",
              Transducers.<Object, Object>flatMap(x -> expand(x, k)),
              in -> flat(in, k));
        });
    c.put(
        "cat",
        g -> {
          int k = g.intBetween(1, 3);
          return new Op(
              "cat",
              "map(copies%" + k + ")+cat",
              Transducers.<Object, Iterable<? extends Object>>map(x -> expand(x, k))
                  .andThen(Transducers.<Object>cat()),
              in -> flat(in, k));
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
          return new Op(
              "replace",
              "replace(" + r + ")",
              Transducers.replace(r),
              in -> map(in, x -> r.containsKey(x) ? r.get(x) : x));
        });
    c.put(
        "peek",
        g -> new Op("peek", "peek(hash)", Transducers.peek(x -> Objects.hashCode(x)), in -> in));
    c.put(
        "limit",
        g -> {
          int k = g.chance(0.8) ? g.intBetween(0, 20) : g.intBetween(0, 300);
          return new Op(
              "limit",
              "limit(" + k + ")",
              Transducers.limit(k),
              in -> new ArrayList<>(in.subList(0, Math.min(k, in.size()))));
        });
    c.put(
        "skip",
        g -> {
          int k = g.chance(0.8) ? g.intBetween(0, 20) : g.intBetween(0, 300);
          return new Op(
              "skip",
              "skip(" + k + ")",
              Transducers.skip(k),
              in -> new ArrayList<>(in.subList(Math.min(k, in.size()), in.size())));
        });
    c.put(
        "takeWhile",
        g -> {
          int m = g.intBetween(2, 20);
          Predicate<Object> p = x -> h(x, m) != 0;
          return new Op(
              "takeWhile",
              "takeWhile(h%" + m + "!=0)",
              Transducers.takeWhile(p::test),
              in -> new ArrayList<>(in.subList(0, prefix(in, p))));
        });
    c.put(
        "dropWhile",
        g -> {
          int m = g.intBetween(2, 20);
          Predicate<Object> p = x -> h(x, m) != 0;
          return new Op(
              "dropWhile",
              "dropWhile(h%" + m + "!=0)",
              Transducers.dropWhile(p::test),
              in -> new ArrayList<>(in.subList(prefix(in, p), in.size())));
        });
    c.put(
        "haltWhen",
        g -> {
          int m = g.intBetween(2, 20);
          Predicate<Object> p = x -> h(x, m) == 0;
          return new Op(
              "haltWhen",
              "haltWhen(h%" + m + "==0)",
              Transducers.haltWhen(p::test),
              in -> {
                int i = prefix(in, p.negate());
                return new ArrayList<>(in.subList(0, Math.min(in.size(), i + 1)));
              });
        });
    c.put(
        "takeNth",
        g -> {
          int n = g.intBetween(1, 4);
          return new Op(
              "takeNth", "takeNth(" + n + ")", Transducers.takeNth(n), in -> takeNth(in, n));
        });
    c.put(
        "mapIndexed",
        g -> {
          int m = g.intBetween(2, 4);
          BiFunction<Long, Object, Object> f = (i, x) -> i % m == 0 ? x : i * 1000 + h(x, 1000);
          return new Op(
              "mapIndexed",
              "mapIndexed(i%" + m + "==0?x:i*1000+h)",
              Transducers.mapIndexed(f::apply),
              in -> indexed(in, f, false));
        });
    c.put(
        "keepIndexed",
        g -> {
          int m = g.intBetween(2, 4);
          BiFunction<Long, Object, Object> f = (i, x) -> i % m == h(x, m) ? null : x;
          return new Op(
              "keepIndexed",
              "keepIndexed(i%" + m + "==h%" + m + "?null:x)",
              Transducers.keepIndexed(f::apply),
              in -> indexed(in, f, true));
        });
    c.put(
        "zipWithIndex",
        g ->
            new Op(
                "zipWithIndex",
                "zipWithIndex",
                obj(Transducers.zipWithIndex()),
                in -> indexed(in, (i, x) -> Tuple.of(x, i), false)));
    c.put(
        "randomSample",
        g -> {
          double p = g.oneOf(0.0, 0.1, 0.5, 0.9, 1.0, g.unit());
          long seed = g.nextLong();
          return new Op(
              "randomSample",
              "randomSample(" + p + ", " + seed + ")",
              Transducers.randomSample(p, seed),
              in -> Models.randomSample(in, p, seed));
        });
    c.put(
        "distinct",
        g ->
            new Op(
                "distinct",
                "distinct",
                Transducers.distinct(),
                in -> new ArrayList<>(new LinkedHashSet<>(in))));
    c.put(
        "distinctBy",
        g -> {
          int m = g.intBetween(2, 12);
          boolean nullKeys = g.chance(0.3);
          Function<Object, Object> key = x -> nullKeys && x == null ? null : h(x, m);
          return new Op(
              "distinctBy",
              "distinctBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
              Transducers.distinctBy(key::apply),
              in -> {
                Map<Object, Object> first = new LinkedHashMap<>();
                for (Object x : in) {
                  Object k = key.apply(x);
                  if (!first.containsKey(k)) {
                    first.put(k, x); // x may be null: putIfAbsent would overwrite it
                  }
                }
                return new ArrayList<>(first.values());
              });
        });
    c.put(
        "sorted",
        g -> {
          int m = g.oneOf(2, 7, 1000);
          boolean reversed = g.chance(0.3);
          // by a hash of any element (nulls and lists included); ties keep encounter order
          Cmp<Object> byHash = Cmp.comparing(x -> h(x, m));
          Cmp<Object> order = reversed ? byHash.reversed() : byHash;
          return new Op(
              "sorted",
              "sorted(h%" + m + (reversed ? ", reversed" : "") + ")",
              Transducers.sorted(order),
              in -> {
                List<Object> out = new ArrayList<>(in);
                out.sort(order); // List.sort is stable
                return out;
              });
        });
    c.put("dedupe", g -> new Op("dedupe", "dedupe", Transducers.dedupe(), Ops::dedupe));
    c.put(
        "partitionAll",
        g -> {
          int n = g.intBetween(1, 6);
          return new Op(
              "partitionAll",
              "partitionAll(" + n + ")",
              obj(Transducers.partitionAll(n)),
              in -> windows(in, n, n, true));
        });
    c.put(
        "partitionBy",
        g -> {
          int m = g.intBetween(2, 5);
          boolean nullKeys = g.chance(0.3);
          Function<Object, Object> key = x -> nullKeys && x == null ? null : h(x, m);
          return new Op(
              "partitionBy",
              "partitionBy(" + (nullKeys ? "null->null, " : "") + "h%" + m + ")",
              obj(Transducers.partitionBy(key::apply)),
              in -> partitionBy(in, key));
        });
    c.put(
        "window",
        g -> {
          int size = g.intBetween(1, 4);
          int step = g.intBetween(1, 4);
          return new Op(
              "window",
              "window(" + size + ", " + step + ")",
              obj(Transducers.window(size, step)),
              in -> windows(in, size, step, false));
        });
    c.put(
        "interpose",
        g -> {
          Object sep = g.oneOf(-1, "|", null);
          return new Op(
              "interpose",
              "interpose(" + sep + ")",
              Transducers.interpose(sep),
              in -> {
                List<Object> out = new ArrayList<>();
                for (Object x : in) {
                  if (!out.isEmpty()) {
                    out.add(sep);
                  }
                  out.add(x);
                }
                return out;
              });
        });
    c.put(
        "scan",
        g -> {
          // Not associative: the scan must replay held chunks in order.
          BiFunction<Object, Object, Object> f =
              (a, x) -> Math.floorMod((Integer) a * 31 + h(x, 1000), 10007);
          int init = g.intBetween(0, 9);
          return new Op(
              "scan",
              "scan(" + init + ", (a*31+h)%10007)",
              Transducers.<Object, Object>scan(init, f::apply),
              in -> {
                List<Object> out = new ArrayList<>();
                Object acc = init;
                for (Object x : in) {
                  acc = f.apply(acc, x);
                  out.add(acc);
                }
                return out;
              });
        });
    c.put(
        "mapToLong",
        g -> {
          int m = g.oneOf(7, 1000);
          return new Op(
              "mapToLong",
              "mapToLong(h%" + m + ")",
              obj(Transducers.<Object>mapToLong(x -> h(x, m))),
              in -> map(in, x -> (long) h(x, m)));
        });
    c.put(
        "mapToDouble",
        g -> {
          int m = g.oneOf(7, 1000);
          return new Op(
              "mapToDouble",
              "mapToDouble(h%" + m + "/4.0)",
              obj(Transducers.<Object>mapToDouble(x -> h(x, m) / 4.0)),
              in -> map(in, x -> h(x, m) / 4.0));
        });
    return Collections.unmodifiableMap(c);
  }

  private static Op op(
      String name, String detail, Transducer<Object, Object> xf, Function<Object, Object> f) {
    return new Op(name, detail, xf, in -> map(in, f));
  }

  static List<Object> map(List<Object> in, Function<Object, Object> f) {
    List<Object> out = new ArrayList<>(in.size());
    for (Object x : in) {
      out.add(f.apply(x));
    }
    return out;
  }

  static List<Object> filter(List<Object> in, Predicate<Object> p) {
    List<Object> out = new ArrayList<>();
    for (Object x : in) {
      if (p.test(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private static List<Object> flat(List<Object> in, int k) {
    List<Object> out = new ArrayList<>();
    for (Object x : in) {
      List<Object> xs = expand(x, k);
      if (xs != null) {
        out.addAll(xs);
      }
    }
    return out;
  }

  private static int prefix(List<Object> in, Predicate<Object> p) {
    int i = 0;
    while (i < in.size() && p.test(in.get(i))) {
      i++;
    }
    return i;
  }

  private static List<Object> takeNth(List<Object> in, int n) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i += n) {
      out.add(in.get(i));
    }
    return out;
  }

  private static List<Object> indexed(
      List<Object> in, BiFunction<Long, Object, Object> f, boolean keep) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Object y = f.apply((long) i, in.get(i));
      if (!keep || y != null) {
        out.add(y);
      }
    }
    return out;
  }

  private static List<Object> dedupe(List<Object> in) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      if (i == 0 || !Objects.equals(in.get(i), in.get(i - 1))) {
        out.add(in.get(i));
      }
    }
    return out;
  }

  /** Windows of {@code size} every {@code step}; {@code partial} keeps a shorter last one. */
  private static List<Object> windows(List<Object> in, int size, int step, boolean partial) {
    List<Object> out = new ArrayList<>();
    for (int s = 0; s < in.size(); s += step) {
      int end = s + size;
      if (end > in.size() && !partial) {
        break;
      }
      out.add(new ArrayList<>(in.subList(s, Math.min(end, in.size()))));
    }
    return out;
  }

  private static List<Object> partitionBy(List<Object> in, Function<Object, Object> key) {
    List<Object> out = new ArrayList<>();
    List<Object> open = null;
    Object last = null;
    for (Object x : in) {
      Object k = key.apply(x);
      if (open == null || !Objects.equals(k, last)) {
        open = new ArrayList<>();
        out.add(open);
      }
      open.add(x);
      last = k;
    }
    return out;
  }
}
