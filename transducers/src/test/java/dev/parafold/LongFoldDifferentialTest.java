package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * {@link LongFold} against {@code LongStream}: random sources and chains of every transformation,
 * every terminal, on every executor (so parallel equals sequential too).
 */
final class LongFoldDifferentialTest {

  /** One transformation in both worlds. */
  private record Op(
      String name, Function<LongFold, LongFold> fold, Function<LongStream, LongStream> jdk) {}

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
        return new Op("distinct", LongFold::distinct, LongStream::distinct);
      case 5:
        return new Op("sorted", LongFold::sorted, LongStream::sorted);
      case 6:
        return new Op(
            "takeWhile", f -> f.takeWhile(x -> x % m != 0), s -> s.takeWhile(x -> x % m != 0));
      case 7:
        return new Op(
            "dropWhile", f -> f.dropWhile(x -> x % m != 0), s -> s.dropWhile(x -> x % m != 0));
      case 8:
        return new Op(
            "flatMap",
            f -> f.flatMap(x -> LongStream.of(x, -x).limit(Math.abs(x % 3))),
            s -> s.flatMap(x -> LongStream.of(x, -x).limit(Math.abs(x % 3))));
      case 9:
        return new Op("peek", f -> f.peek(x -> {}), s -> s.peek(x -> {}));
      default:
        return new Op(
            "mapToInt.asLongs",
            f -> f.mapToInt(x -> (int) x).asLongs(),
            s -> s.mapToInt(x -> (int) x).asLongStream());
    }
  }

  /** A source in both worlds: arrays, ranges, iterate/generate with a limit, concat, streams. */
  private record Src(String name, LongFold fold, long[] values) {}

  private static Src source(Gen gen) {
    int n = gen.size(300);
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = gen.chance(0.05) ? gen.nextLong() : gen.intBetween(-20, 40);
    }
    int from = gen.intBetween(-50, 50);
    switch (gen.intBetween(0, 6)) {
      case 0:
        return new Src(
            "range", LongFold.range(from, from + n), LongStream.range(from, from + n).toArray());
      case 1:
        return new Src(
            "iterate.limit",
            LongFold.iterate(from, x -> x * 3 % 101 + 1).limit(n),
            LongStream.iterate(from, x -> x * 3 % 101 + 1).limit(n).toArray());
      case 2:
        return new Src(
            "iterate(hasNext)",
            LongFold.iterate(from, x -> x < from + n, x -> x + 1),
            LongStream.iterate(from, x -> x < from + n, x -> x + 1).toArray());
      case 3:
        return new Src(
            "generate.limit",
            LongFold.generate(() -> 7).limit(n),
            LongStream.generate(() -> 7).limit(n).toArray());
      case 4:
        int cut = gen.intBetween(0, n);
        long[] left = Arrays.copyOfRange(a, 0, cut);
        long[] right = Arrays.copyOfRange(a, cut, n);
        return new Src(
            "concat(" + cut + ")",
            LongFold.concat(
                LongFold.of(left),
                gen.chance(0.5) ? LongFold.of(right) : LongFold.of(right).map(x -> x)),
            a);
      case 5:
        return new Src(
            "rangeClosed",
            LongFold.rangeClosed(from, from + n - 1),
            LongStream.rangeClosed(from, from + n - 1).toArray());
      default:
        return new Src("long[]", Fold.from(a), a);
    }
  }

  @Test
  void randomChainsAgreeWithLongStreamOnEveryExecutor() {
    Gen.forAll(
        "LongFold vs LongStream",
        Gen.DEFAULT_TRIALS,
        gen -> {
          Src src = source(gen);
          LongFold f = src.fold();
          LongStream s0 = LongStream.of(src.values());
          List<String> names = new ArrayList<>();
          List<Op> ops = new ArrayList<>();
          int depth = gen.intBetween(0, 4);
          for (int i = 0; i < depth; i++) {
            Op o = op(gen);
            ops.add(o);
            names.add(o.name());
            f = o.fold().apply(f);
          }
          long[] want = applyAll(ops, LongStream.of(src.values())).toArray();
          s0.close();
          for (EveryExecutor.Run run : EveryExecutor.runs(gen)) {
            LongFold g = f.on(run.executor()).chunks(run.chunks());
            String where = src.name() + " " + names + " on " + run.name();
            assertArrayEquals(want, g.toArray(), where + ": toArray");
            checkTerminals(want, g, where);
          }
        });
  }

  private static LongStream applyAll(List<Op> ops, LongStream s) {
    for (Op o : ops) {
      s = o.jdk().apply(s);
    }
    return s;
  }

  private static void checkTerminals(long[] want, LongFold g, String where) {
    assertEquals(LongStream.of(want).sum(), g.sum(), where + ": sum");
    assertEquals(want.length, g.count(), where + ": count");
    assertEquals(LongStream.of(want).min(), g.min(), where + ": min");
    assertEquals(LongStream.of(want).max(), g.max(), where + ": max");
    assertEquals(LongStream.of(want).average(), g.average(), where + ": average");
    assertEquals(
        LongStream.of(want).summaryStatistics().toString(),
        g.summaryStatistics().toString(),
        where + ": summaryStatistics");
    assertEquals(
        LongStream.of(want).reduce(5, Long::sum),
        g.reduce(5, Long::sum) - 0,
        where + ": reduce(identity, op)");
    assertEquals(
        LongStream.of(want).reduce((a, b) -> b), g.reduce((a, b) -> b), where + ": reduce(last)");
    assertEquals(
        LongStream.of(want).reduce((a, b) -> a), g.reduce((a, b) -> a), where + ": reduce(first)");
    assertEquals(LongStream.of(want).findFirst(), g.findFirst(), where + ": findFirst");
    OptionalLong any = g.findAny();
    assertEquals(want.length > 0, any.isPresent(), where + ": findAny present");
    any.ifPresent(x -> assertTrue(LongStream.of(want).anyMatch(y -> y == x), where + ": findAny"));
    assertEquals(
        LongStream.of(want).anyMatch(x -> x > 10), g.anyMatch(x -> x > 10), where + ": any");
    assertEquals(
        LongStream.of(want).allMatch(x -> x > -5), g.allMatch(x -> x > -5), where + ": all");
    assertEquals(
        LongStream.of(want).noneMatch(x -> x == 3), g.noneMatch(x -> x == 3), where + ": none");
    List<Long> boxed = LongStream.of(want).boxed().collect(java.util.stream.Collectors.toList());
    assertEquals(boxed, g.toList(), where + ": toList");
    assertEquals(boxed, g.boxed().toList(), where + ": boxed");
    assertEquals(
        boxed, g.collect(ArrayList::new, ArrayList::add, ArrayList::addAll), where + ": collect");
    List<Long> ordered = new ArrayList<>();
    g.forEachOrdered(ordered::add);
    assertEquals(boxed, ordered, where + ": forEachOrdered");
    java.util.Queue<Long> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
    g.forEach(seen::add);
    List<Long> sorted = new ArrayList<>(seen);
    sorted.sort(null);
    assertEquals(
        LongStream.of(want).sorted().boxed().collect(java.util.stream.Collectors.toList()),
        sorted,
        where + ": forEach");
    assertArrayEquals(want, g.stream().toArray(), where + ": stream");
    List<Long> pulled = new ArrayList<>();
    g.iterator().forEachRemaining((long x) -> pulled.add(x));
    assertEquals(boxed, pulled, where + ": iterator");
    assertEquals(
        LongStream.of(want).mapToObj(x -> "#" + x).collect(java.util.stream.Collectors.toList()),
        g.mapToObj(x -> "#" + x).toList(),
        where + ": mapToObj");
    assertArrayEquals(
        LongStream.of(want).mapToInt(x -> (int) x).toArray(),
        g.mapToInt(x -> (int) x).toArray(),
        where + ": mapToInt");
    assertArrayEquals(
        LongStream.of(want).asDoubleStream().toArray(),
        g.asDoubles().toArray(),
        0.0,
        where + ": asDoubles");
    assertArrayEquals(
        LongStream.of(want).mapToDouble(x -> x / 2.0).toArray(),
        g.mapToDouble(x -> x / 2.0).toArray(),
        0.0,
        where + ": mapToDouble");
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
