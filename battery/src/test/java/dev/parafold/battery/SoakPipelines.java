package dev.parafold.battery;

import dev.parafold.Fold;
import dev.parafold.reduce.Reducers;
import dev.parafold.xf.PrimitiveTransducers;
import dev.parafold.xf.Transducers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Random pipelines for {@link SoakTest}: data generated from a seed (so that an iterator source
 * never holds it), sources of every kind, catalog stages (stateless, stateful, early-stopping) and
 * terminals. Everything a pipeline uses is drawn when it is built, so the parallel run and its
 * sequential reference apply the very same functions.
 */
final class SoakPipelines {
  private SoakPipelines() {}

  /** The input: {@code n} longs computed from their position. */
  static final class Data {
    final int n;
    final long seed;
    final int shape; // 0 ascending, 1 runs of equal values, 2 random below mod
    final long mod;
    final int run;

    Data(SplittableRandom r) {
      this(r, 0);
    }

    /** At least {@code minN} elements (0: the usual mix of sizes, from empty to 60 000). */
    Data(SplittableRandom r, int minN) {
      int size = r.nextInt(10);
      this.n =
          minN > 0
              ? minN + r.nextInt(minN / 8 + 1)
              : size == 0
                  ? r.nextInt(4)
                  : size < 5 ? r.nextInt(300) : size < 9 ? r.nextInt(5_000) : r.nextInt(60_000);
      this.seed = r.nextLong();
      this.shape = r.nextInt(3);
      long[] mods = {2, 7, 100, 10_000, 1L << 40};
      this.mod = mods[r.nextInt(mods.length)];
      this.run = 1 + r.nextInt(20);
    }

    long at(long i) {
      switch (shape) {
        case 0:
          return i;
        case 1:
          return i / run;
        default:
          return Math.floorMod(mix(seed + i * 0x9E3779B97F4A7C15L), mod);
      }
    }

    List<Long> list() {
      List<Long> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(at(i));
      }
      return out;
    }

    /** An iterator of unknown size that computes each element when asked. */
    Iterator<Long> iterator() {
      return new Iterator<Long>() {
        private long i;

        @Override
        public boolean hasNext() {
          return i < n;
        }

        @Override
        public Long next() {
          if (i >= n) {
            throw new NoSuchElementException();
          }
          return at(i++);
        }
      };
    }

    @Override
    public String toString() {
      return "data(n=" + n + ", shape=" + shape + ", mod=" + mod + ", run=" + run + ")";
    }
  }

  /** How the input reaches the fold. */
  enum SourceKind {
    LIST,
    ARRAY,
    RANGE,
    LONG_ARRAY,
    ITERATOR,
    STREAM;

    Fold<Long> of(Data d) {
      switch (this) {
        case LIST:
          return Fold.from(d.list());
        case ARRAY:
          return Fold.from(d.list().toArray(new Long[0]));
        case RANGE:
          return Fold.range(0, d.n).boxed().map(i -> d.at(i));
        case LONG_ARRAY:
          long[] a = new long[d.n];
          for (int i = 0; i < d.n; i++) {
            a[i] = d.at(i);
          }
          return Fold.from(a).boxed();
        case ITERATOR:
          return Fold.from(d.iterator());
        default:
          // an unsized, single-pass stream (iterate with a predicate reports no size)
          return Fold.from(Stream.iterate(0L, i -> i < d.n, i -> i + 1).map(d::at));
      }
    }
  }

  /** One stage: a name and what it does to a pipeline. */
  static final class Step {
    final String name;
    final UnaryOperator<Fold<Long>> f;

    Step(String name, UnaryOperator<Fold<Long>> f) {
      this.name = name;
      this.f = f;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** One terminal operation. */
  static final class Terminal {
    final String name;
    final Function<Fold<Long>, Object> f;

    Terminal(String name, Function<Fold<Long>, Object> f) {
      this.name = name;
      this.f = f;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final int STAGE_KINDS = 30;

  /** A random catalog stage, its parameters drawn from {@code r} now. */
  static Step stage(SplittableRandom r, int n) {
    int k = 1 + r.nextInt(Math.max(1, 2 * n));
    long t = r.nextInt(Math.max(1, n));
    switch (r.nextInt(STAGE_KINDS)) {
      case 0:
        return new Step("map(3x+1)", f -> f.map(x -> 3 * x + 1));
      case 1:
        return new Step("filter(x%3!=0)", f -> f.filter(x -> x % 3 != 0));
      case 2:
        return new Step("remove(x%5==0)", f -> f.remove(x -> x % 5 == 0));
      case 3:
        return new Step(
            "flatMap",
            f ->
                f.flatMapIterable(
                    x -> x % 4 == 0 ? List.<Long>of() : x % 4 == 1 ? List.of(x) : List.of(x, -x)));
      case 4:
        return new Step("keep", f -> f.keep(x -> x % 6 == 0 ? null : x / 2));
      case 5:
        return new Step("replace", f -> f.replace(Map.of(1L, 100L, 2L, 200L, 3L, 1L)));
      case 6:
        return new Step("limit(" + k + ")", f -> f.limit(k));
      case 7:
        return new Step("skip(" + k + ")", f -> f.skip(k));
      case 8:
        return new Step("takeWhile(x<" + t + ")", f -> f.takeWhile(x -> x < t));
      case 9:
        return new Step("dropWhile(x<" + t + ")", f -> f.dropWhile(x -> x < t));
      case 10:
        return new Step("haltWhen(x==" + t + ")", f -> f.haltWhen(x -> x == t));
      case 11:
        int nth = 1 + r.nextInt(5);
        return new Step("takeNth(" + nth + ")", f -> f.takeNth(nth));
      case 12:
        return new Step("mapIndexed", f -> f.mapIndexed((i, x) -> i * 31 + x));
      case 13:
        return new Step("keepIndexed", f -> f.keepIndexed((i, x) -> i % 3 == 0 ? null : x - i));
      case 14:
        return new Step("zipWithIndex", f -> f.zipWithIndex().map(p -> p._1 ^ (p._2 << 1)));
      case 15:
        long sampleSeed = r.nextLong();
        return new Step("randomSample(0.5)", f -> f.randomSample(0.5, sampleSeed));
      case 16:
        return new Step("distinct", Fold::distinct);
      case 17:
        return new Step("distinctBy(x%17)", f -> f.distinctBy(x -> Math.floorMod(x, 17L)));
      case 18:
        return new Step("dedupe", Fold::dedupe);
      case 19:
        int size = 1 + r.nextInt(6);
        return new Step(
            "partitionAll(" + size + ")", f -> f.partitionAll(size).map(SoakPipelines::digest));
      case 20:
        return new Step(
            "partitionBy(x%3==0)", f -> f.partitionBy(x -> x % 3 == 0).map(SoakPipelines::digest));
      case 21:
        int w = 1 + r.nextInt(5);
        int step = 1 + r.nextInt(4);
        return new Step(
            "window(" + w + "," + step + ")", f -> f.window(w, step).map(SoakPipelines::digest));
      case 22:
        return new Step("interpose(-1)", f -> f.interpose(-1L));
      case 23:
        return new Step("scan", f -> f.scan(0L, (a, x) -> a * 31 + x));
      case 24:
        return new Step("mapChecked(x+1)", f -> f.mapChecked(x -> x + 1));
      case 25:
        return new Step(
            "longs.map.filter", f -> f.mapToLong(x -> x * 2).filter(x -> x % 3 != 1).boxed());
      case 26:
        return new Step("longs.limit(" + k + ")", f -> f.mapToLong(x -> x).limit(k).boxed());
      case 27:
        return new Step("longs.distinct", f -> f.mapToLong(x -> x).distinct().boxed());
      case 28:
        return new Step(
            "longs.takeWhile(x<" + t + ")", f -> f.mapToLong(x -> x).takeWhile(x -> x < t).boxed());
      default:
        return new Step("via(mapLongs)", f -> f.via(PrimitiveTransducers.mapLongs(x -> x ^ 0x55)));
    }
  }

  /** A random terminal, several of which stop early. */
  static Terminal terminal(SplittableRandom r) {
    long v = r.nextInt(200);
    switch (r.nextInt(18)) {
      case 0:
        return new Terminal("toList", Fold::toList);
      case 1:
        return new Terminal("count", Fold::count);
      case 2:
        return new Terminal("sum", f -> f.reduce(0L, Long::sum));
      case 3:
        return new Terminal("reduce(max)", f -> f.reduce(Math::max));
      case 4:
        return new Terminal("findFirst", Fold::findFirst);
      case 5:
        return new Terminal("anyMatch(x==" + v + ")", f -> f.anyMatch(x -> x == v));
      case 6:
        return new Terminal("allMatch(x!=" + v + ")", f -> f.allMatch(x -> x != v));
      case 7:
        return new Terminal("noneMatch(x%97==5)", f -> f.noneMatch(x -> x % 97 == 5));
      case 8:
        return new Terminal("min", f -> f.min(Comparator.naturalOrder()));
      case 9:
        return new Terminal("max", f -> f.max(Comparator.naturalOrder()));
      case 10:
        return new Terminal("joining", f -> f.joining(","));
      case 11:
        return new Terminal("toSet", Fold::toSet);
      case 12:
        return new Terminal(
            "countBy(x%10)", f -> f.reduce(Reducers.countBy(x -> Math.floorMod(x, 10L))));
      case 13:
        return new Terminal("topK(5)", f -> f.reduce(Reducers.topK(5, Comparator.naturalOrder())));
      case 14:
        return new Terminal("last", f -> f.reduce(Reducers.last()));
      case 15:
        return new Terminal("longs.sum", f -> f.mapToLong(x -> x).sum());
      case 16:
        return new Terminal("collect(toList)", f -> f.collect(Collectors.toList()));
      default:
        return new Terminal(
            "groupBy(x%5, map, toList)",
            f ->
                f.groupBy(
                    x -> Math.floorMod(x, 5L),
                    Transducers.<Long, Long>map(x -> x * 2),
                    Reducers.toList()));
    }
  }

  /** A list as one long, so list-valued stages feed the rest of a {@code Fold<Long>}. */
  static long digest(List<Long> list) {
    long h = list.size();
    for (long x : list) {
      h = h * 1_000_003L + x;
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
