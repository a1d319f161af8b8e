package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * {@link DoubleFold} against {@code DoubleStream}: random sources and chains of every
 * transformation, every terminal, on every executor (so parallel equals sequential too).
 */
final class DoubleFoldDifferentialTest {

  /** One transformation in both worlds. */
  private record Op(
      String name,
      Function<DoubleFold, DoubleFold> fold,
      Function<DoubleStream, DoubleStream> jdk) {}

  private static Op op(Gen gen) {
    int k = gen.intBetween(0, 25);
    int m = gen.intBetween(2, 5);
    switch (gen.intBetween(0, 10)) {
      case 0:
        return new Op("map", f -> f.map(x -> x * 3 + 1), s -> s.map(x -> x * 3 + 1));
      case 1:
        return new Op("filter", f -> f.filter(x -> x % m != 0), s -> s.filter(x -> x % m != 0));
      case 2:
        return new Op("limit(" + k + ")", f -> f.limit(k), s -> s.limit(k));
      case 3:
        return new Op("skip(" + k + ")", f -> f.skip(k), s -> s.skip(k));
      case 4:
        return new Op("distinct", DoubleFold::distinct, DoubleStream::distinct);
      case 5:
        return new Op("sorted", DoubleFold::sorted, DoubleStream::sorted);
      case 6:
        return new Op(
            "takeWhile", f -> f.takeWhile(x -> x % m != 0), s -> s.takeWhile(x -> x % m != 0));
      case 7:
        return new Op(
            "dropWhile", f -> f.dropWhile(x -> x % m != 0), s -> s.dropWhile(x -> x % m != 0));
      case 8:
        return new Op(
            "flatMap",
            f -> f.flatMap(x -> DoubleStream.of(x, -x).limit((long) Math.abs(x % 3))),
            s -> s.flatMap(x -> DoubleStream.of(x, -x).limit((long) Math.abs(x % 3))));
      case 9:
        return new Op("peek", f -> f.peek(x -> {}), s -> s.peek(x -> {}));
      default:
        return new Op(
            "mapToLong.asDoubles",
            f -> f.mapToLong(x -> (long) (x * 2)).asDoubles().map(x -> x / 2),
            s -> s.mapToLong(x -> (long) (x * 2)).asDoubleStream().map(x -> x / 2));
    }
  }

  /** A source in both worlds: arrays, ranges, iterate/generate with a limit, concat, streams. */
  private record Src(String name, DoubleFold fold, double[] values) {}

  private static Src source(Gen gen) {
    int n = gen.size(300);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = gen.intBetween(-40, 80) / 2.0;
    }
    double from = gen.intBetween(-50, 50) / 2.0;
    switch (gen.intBetween(0, 6)) {
      case 0:
        return new Src("of", DoubleFold.of(a), a);
      case 1:
        return new Src(
            "iterate.limit",
            DoubleFold.iterate(from, x -> x + 0.5).limit(n),
            DoubleStream.iterate(from, x -> x + 0.5).limit(n).toArray());
      case 2:
        return new Src(
            "iterate(hasNext)",
            DoubleFold.iterate(from, x -> x < from + n, x -> x + 1),
            DoubleStream.iterate(from, x -> x < from + n, x -> x + 1).toArray());
      case 3:
        return new Src(
            "generate.limit",
            DoubleFold.generate(() -> 7.5).limit(n),
            DoubleStream.generate(() -> 7.5).limit(n).toArray());
      case 4:
        int cut = gen.intBetween(0, n);
        double[] left = Arrays.copyOfRange(a, 0, cut);
        double[] right = Arrays.copyOfRange(a, cut, n);
        return new Src(
            "concat(" + cut + ")",
            DoubleFold.concat(
                DoubleFold.of(left),
                gen.chance(0.5) ? DoubleFold.of(right) : DoubleFold.of(right).map(x -> x)),
            a);
      case 5:
        return new Src(
            "concat(of, empty)", DoubleFold.concat(DoubleFold.of(a), DoubleFold.empty()), a);
      default:
        return new Src("double[]", Fold.from(a), a);
    }
  }

  @Test
  void randomChainsAgreeWithDoubleStreamOnEveryExecutor() {
    Gen.forAll(
        "DoubleFold vs DoubleStream",
        Gen.DEFAULT_TRIALS,
        gen -> {
          Src src = source(gen);
          DoubleFold f = src.fold();
          DoubleStream s0 = DoubleStream.of(src.values());
          List<String> names = new ArrayList<>();
          List<Op> ops = new ArrayList<>();
          int depth = gen.intBetween(0, 4);
          for (int i = 0; i < depth; i++) {
            Op o = op(gen);
            ops.add(o);
            names.add(o.name());
            f = o.fold().apply(f);
          }
          double[] want = applyAll(ops, DoubleStream.of(src.values())).toArray();
          s0.close();
          for (EveryExecutor.Run run : EveryExecutor.runs(gen)) {
            DoubleFold g = f.on(run.executor()).chunks(run.chunks());
            String where = src.name() + " " + names + " on " + run.name();
            assertArrayEquals(want, g.toArray(), where + ": toArray");
            checkTerminals(want, g, where);
          }
        });
  }

  private static DoubleStream applyAll(List<Op> ops, DoubleStream s) {
    for (Op o : ops) {
      s = o.jdk().apply(s);
    }
    return s;
  }

  private static void checkTerminals(double[] want, DoubleFold g, String where) {
    assertEquals(DoubleStream.of(want).sum(), g.sum(), where + ": sum");
    assertEquals(want.length, g.count(), where + ": count");
    assertEquals(DoubleStream.of(want).min(), g.min(), where + ": min");
    assertEquals(DoubleStream.of(want).max(), g.max(), where + ": max");
    assertEquals(DoubleStream.of(want).average(), g.average(), where + ": average");
    assertEquals(
        DoubleStream.of(want).summaryStatistics().toString(),
        g.summaryStatistics().toString(),
        where + ": summaryStatistics");
    assertEquals(
        DoubleStream.of(want).reduce(5, Double::sum),
        g.reduce(5, Double::sum) - 0,
        where + ": reduce(identity, op)");
    assertEquals(
        DoubleStream.of(want).reduce((a, b) -> b), g.reduce((a, b) -> b), where + ": reduce(last)");
    assertEquals(
        DoubleStream.of(want).reduce((a, b) -> a),
        g.reduce((a, b) -> a),
        where + ": reduce(first)");
    assertEquals(DoubleStream.of(want).findFirst(), g.findFirst(), where + ": findFirst");
    OptionalDouble any = g.findAny();
    assertEquals(want.length > 0, any.isPresent(), where + ": findAny present");
    any.ifPresent(
        x -> assertTrue(DoubleStream.of(want).anyMatch(y -> y == x), where + ": findAny"));
    assertEquals(
        DoubleStream.of(want).anyMatch(x -> x > 10), g.anyMatch(x -> x > 10), where + ": any");
    assertEquals(
        DoubleStream.of(want).allMatch(x -> x > -5), g.allMatch(x -> x > -5), where + ": all");
    assertEquals(
        DoubleStream.of(want).noneMatch(x -> x == 3), g.noneMatch(x -> x == 3), where + ": none");
    List<Double> boxed =
        DoubleStream.of(want).boxed().collect(java.util.stream.Collectors.toList());
    assertEquals(boxed, g.toList(), where + ": toList");
    assertEquals(boxed, g.boxed().toList(), where + ": boxed");
    assertEquals(
        boxed, g.collect(ArrayList::new, ArrayList::add, ArrayList::addAll), where + ": collect");
    List<Double> ordered = new ArrayList<>();
    g.forEachOrdered(ordered::add);
    assertEquals(boxed, ordered, where + ": forEachOrdered");
    java.util.Queue<Double> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
    g.forEach(seen::add);
    List<Double> sorted = new ArrayList<>(seen);
    sorted.sort(null);
    assertEquals(
        DoubleStream.of(want).sorted().boxed().collect(java.util.stream.Collectors.toList()),
        sorted,
        where + ": forEach");
    assertArrayEquals(want, g.stream().toArray(), where + ": stream");
    List<Double> pulled = new ArrayList<>();
    g.iterator().forEachRemaining((double x) -> pulled.add(x));
    assertEquals(boxed, pulled, where + ": iterator");
    assertEquals(
        DoubleStream.of(want).mapToObj(x -> "#" + x).collect(java.util.stream.Collectors.toList()),
        g.mapToObj(x -> "#" + x).toList(),
        where + ": mapToObj");
    assertArrayEquals(
        DoubleStream.of(want).mapToInt(x -> (int) x).toArray(),
        g.mapToInt(x -> (int) x).toArray(),
        where + ": mapToInt");
    assertArrayEquals(
        DoubleStream.of(want).mapToLong(x -> (long) x).toArray(),
        g.mapToLong(x -> (long) x).toArray(),
        where + ": mapToLong");
    assertArrayEquals(
        DoubleStream.of(want).map(x -> x / 2.0).toArray(),
        g.map(x -> x / 2.0).toArray(),
        where + ": map");
    int n = 1 + Math.floorMod(want.length, 4);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < want.length; i += n) {
      parts.add(Arrays.toString(Arrays.copyOfRange(want, i, Math.min(want.length, i + n))));
    }
    assertEquals(parts, g.partitionAll(n).map(Arrays::toString).toList(), where + ": partitionAll");
    List<String> windows = new ArrayList<>();
    for (int i = 0; i + 3 <= want.length; i += 2) {
      windows.add(Arrays.toString(Arrays.copyOfRange(want, i, i + 3)));
    }
    assertEquals(windows, g.window(3, 2).map(Arrays::toString).toList(), where + ": window");
  }
}
