package dev.parafold.bench;

import dev.parafold.Fold;
import dev.parafold.reduce.Reducers;
import dev.parafold.xf.Transducers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Rough parallel-versus-sequential timings of each catalog operation (not a test, not a benchmark:
 * a quick look, run by hand with {@code java -cp ... dev.parafold.bench.CatalogTimings}). Prints
 * the median of 7 runs after warm-up, for a sized source (exact offsets) and behind a filter
 * (unknown offsets).
 */
public final class CatalogTimings {
  private CatalogTimings() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    Random r = new Random(1);
    List<Integer> data = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      data.add(r.nextInt(1000));
    }
    row("map", data, f -> f.map(x -> x * 2));
    row("filter", data, f -> f.filter(x -> x % 3 == 0));
    row("keep", data, f -> f.keep(x -> x % 3 == 0 ? x : null));
    row("distinct", data, Fold::distinct);
    row("dedupe", data, Fold::dedupe);
    row("takeNth(3)", data, f -> f.takeNth(3));
    row("mapIndexed", data, f -> f.mapIndexed((i, x) -> i + x));
    row("zipWithIndex", data, f -> f.zipWithIndex());
    row("randomSample", data, f -> f.randomSample(0.5, 7));
    row("limit(n/2)", data, f -> f.limit(n / 2));
    row("skip(n/2)", data, f -> f.skip(n / 2));
    row("takeWhile", data, f -> f.takeWhile(x -> x >= 0));
    row("dropWhile", data, f -> f.dropWhile(x -> x < 999));
    row("haltWhen", data, f -> f.haltWhen(x -> x < 0));
    row("partitionAll(16)", data, f -> f.partitionAll(16));
    row("partitionBy", data, f -> f.partitionBy(x -> x % 7 == 0));
    row("window(8,1)", data, f -> f.window(8, 1));
    row("window(8,3)", data, f -> f.window(8, 3));
    row("interpose", data, f -> f.interpose(-1));
    row("scan", data, f -> f.scan(0L, (a, x) -> a + x));
    row("groupBy(limit)", data, f -> f.map(x -> x));
    long[] longs = new long[n];
    for (int i = 0; i < n; i++) {
      longs[i] = r.nextInt(100_000);
    }
    time(
        "LongFold distinct",
        () -> Fold.from(longs).distinct().count(),
        () -> Fold.from(longs).distinct().parallel().count());
    time(
        "groupBy(key, limit(5), toList)",
        () ->
            Fold.from(data)
                .reduce(Transducers.groupBy(x -> x % 100, Transducers.limit(5), Reducers.toList()))
                .size(),
        () ->
            Fold.from(data)
                .parallel()
                .reduce(Transducers.groupBy(x -> x % 100, Transducers.limit(5), Reducers.toList()))
                .size());
  }

  private static <U> void row(
      String name, List<Integer> data, Function<Fold<Integer>, Fold<U>> op) {
    Fold<U> sized = op.apply(Fold.from(data));
    Fold<U> unsized = op.apply(Fold.from(data).filter(x -> x >= 0));
    time(name + " sized", sized::count, () -> sized.parallel().count());
    time(name + " unknown offsets", unsized::count, () -> unsized.parallel().count());
  }

  private static void time(
      String name, java.util.function.LongSupplier seq, java.util.function.LongSupplier par) {
    long a = 0;
    long b = 0;
    for (int i = 0; i < 3; i++) {
      a = seq.getAsLong();
      b = par.getAsLong();
    }
    if (a != b) {
      throw new AssertionError(name + ": " + a + " != " + b);
    }
    long ts = median(seq);
    long tp = median(par);
    System.out.printf(
        "%-34s seq %7.1f ms  par %7.1f ms  par/seq %.2f%n",
        name, ts / 1e6, tp / 1e6, (double) tp / ts);
  }

  private static long median(java.util.function.LongSupplier s) {
    long[] t = new long[7];
    for (int i = 0; i < t.length; i++) {
      long t0 = System.nanoTime();
      s.getAsLong();
      t[i] = System.nanoTime() - t0;
    }
    java.util.Arrays.sort(t);
    return t[t.length / 2];
  }
}
