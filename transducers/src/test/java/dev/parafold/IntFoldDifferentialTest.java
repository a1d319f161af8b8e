package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link IntFold} against {@code IntStream}: random sources and chains of every transformation,
 * every terminal, on every executor (so parallel equals sequential too).
 */
final class IntFoldDifferentialTest {

  /** One transformation in both worlds. */
  private record Op(
      String name, Function<IntFold, IntFold> fold, Function<IntStream, IntStream> jdk) {}

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
        return new Op("distinct", IntFold::distinct, IntStream::distinct);
      case 5:
        return new Op("sorted", IntFold::sorted, IntStream::sorted);
      case 6:
        return new Op(
            "takeWhile", f -> f.takeWhile(x -> x % m != 0), s -> s.takeWhile(x -> x % m != 0));
      case 7:
        return new Op(
            "dropWhile", f -> f.dropWhile(x -> x % m != 0), s -> s.dropWhile(x -> x % m != 0));
      case 8:
        return new Op(
            "flatMap",
            f -> f.flatMap(x -> IntStream.of(x, -x).limit(Math.abs(x % 3))),
            s -> s.flatMap(x -> IntStream.of(x, -x).limit(Math.abs(x % 3))));
      case 9:
        return new Op("peek", f -> f.peek(x -> {}), s -> s.peek(x -> {}));
      default:
        return new Op(
            "mapToLong.mapToInt",
            f -> f.mapToLong(x -> x * 2L).mapToInt(x -> (int) (x / 2)),
            s -> s.mapToLong(x -> x * 2L).mapToInt(x -> (int) (x / 2)));
    }
  }

  /** A source in both worlds: arrays, ranges, iterate/generate with a limit, concat, streams. */
  private record Src(String name, IntFold fold, int[] values) {}

  private static Src source(Gen gen) {
    int n = gen.size(300);
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = gen.chance(0.05) ? (int) gen.nextLong() : gen.intBetween(-20, 40);
    }
    int from = gen.intBetween(-50, 50);
    switch (gen.intBetween(0, 6)) {
      case 0:
        return new Src(
            "range", IntFold.range(from, from + n), IntStream.range(from, from + n).toArray());
      case 1:
        return new Src(
            "iterate.limit",
            IntFold.iterate(from, x -> x * 3 % 101 + 1).limit(n),
            IntStream.iterate(from, x -> x * 3 % 101 + 1).limit(n).toArray());
      case 2:
        return new Src(
            "iterate(hasNext)",
            IntFold.iterate(from, x -> x < from + n, x -> x + 1),
            IntStream.iterate(from, x -> x < from + n, x -> x + 1).toArray());
      case 3:
        return new Src(
            "generate.limit",
            IntFold.generate(() -> 7).limit(n),
            IntStream.generate(() -> 7).limit(n).toArray());
      case 4:
        int cut = gen.intBetween(0, n);
        int[] left = Arrays.copyOfRange(a, 0, cut);
        int[] right = Arrays.copyOfRange(a, cut, n);
        return new Src(
            "concat(" + cut + ")",
            IntFold.concat(
                IntFold.of(left),
                gen.chance(0.5) ? IntFold.of(right) : IntFold.of(right).map(x -> x)),
            a);
      case 5:
        return new Src("chars", Fold.chars(text(a)), text(a).chars().toArray());
      default:
        return new Src("int[]", Fold.from(a), a);
    }
  }

  private static String text(int[] a) {
    StringBuilder sb = new StringBuilder();
    for (int x : a) {
      sb.append((char) ('a' + Math.floorMod(x, 26)));
    }
    return sb.toString();
  }

  @Test
  void randomChainsAgreeWithIntStreamOnEveryExecutor() {
    Gen.forAll(
        "IntFold vs IntStream",
        Gen.DEFAULT_TRIALS,
        gen -> {
          Src src = source(gen);
          IntFold f = src.fold();
          IntStream s0 = IntStream.of(src.values());
          List<String> names = new ArrayList<>();
          List<Op> ops = new ArrayList<>();
          int depth = gen.intBetween(0, 4);
          for (int i = 0; i < depth; i++) {
            Op o = op(gen);
            ops.add(o);
            names.add(o.name());
            f = o.fold().apply(f);
          }
          int[] want = applyAll(ops, IntStream.of(src.values())).toArray();
          s0.close();
          for (EveryExecutor.Run run : EveryExecutor.runs(gen)) {
            IntFold g = f.on(run.executor()).chunks(run.chunks());
            String where = src.name() + " " + names + " on " + run.name();
            assertArrayEquals(want, g.toArray(), where + ": toArray");
            checkTerminals(want, g, where);
          }
        });
  }

  private static IntStream applyAll(List<Op> ops, IntStream s) {
    for (Op o : ops) {
      s = o.jdk().apply(s);
    }
    return s;
  }

  private static void checkTerminals(int[] want, IntFold g, String where) {
    assertEquals(IntStream.of(want).sum(), g.sum(), where + ": sum");
    assertEquals(want.length, g.count(), where + ": count");
    assertEquals(IntStream.of(want).min(), g.min(), where + ": min");
    assertEquals(IntStream.of(want).max(), g.max(), where + ": max");
    assertEquals(IntStream.of(want).average(), g.average(), where + ": average");
    assertEquals(
        IntStream.of(want).summaryStatistics().toString(),
        g.summaryStatistics().toString(),
        where + ": summaryStatistics");
    assertEquals(
        IntStream.of(want).reduce(5, Integer::sum),
        g.reduce(5, Integer::sum) - 0,
        where + ": reduce(identity, op)");
    assertEquals(
        IntStream.of(want).reduce((a, b) -> b), g.reduce((a, b) -> b), where + ": reduce(last)");
    assertEquals(
        IntStream.of(want).reduce((a, b) -> a), g.reduce((a, b) -> a), where + ": reduce(first)");
    assertEquals(IntStream.of(want).findFirst(), g.findFirst(), where + ": findFirst");
    OptionalInt any = g.findAny();
    assertEquals(want.length > 0, any.isPresent(), where + ": findAny present");
    any.ifPresent(x -> assertTrue(IntStream.of(want).anyMatch(y -> y == x), where + ": findAny"));
    assertEquals(
        IntStream.of(want).anyMatch(x -> x > 10), g.anyMatch(x -> x > 10), where + ": any");
    assertEquals(
        IntStream.of(want).allMatch(x -> x > -5), g.allMatch(x -> x > -5), where + ": all");
    assertEquals(
        IntStream.of(want).noneMatch(x -> x == 3), g.noneMatch(x -> x == 3), where + ": none");
    List<Integer> boxed = IntStream.of(want).boxed().collect(java.util.stream.Collectors.toList());
    assertEquals(boxed, g.toList(), where + ": toList");
    assertEquals(boxed, g.boxed().toList(), where + ": boxed");
    assertEquals(
        boxed, g.collect(ArrayList::new, ArrayList::add, ArrayList::addAll), where + ": collect");
    List<Integer> ordered = new ArrayList<>();
    g.forEachOrdered(ordered::add);
    assertEquals(boxed, ordered, where + ": forEachOrdered");
    java.util.Queue<Integer> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
    g.forEach(seen::add);
    List<Integer> sorted = new ArrayList<>(seen);
    sorted.sort(null);
    assertEquals(
        IntStream.of(want).sorted().boxed().collect(java.util.stream.Collectors.toList()),
        sorted,
        where + ": forEach");
    assertArrayEquals(want, g.stream().toArray(), where + ": stream");
    List<Integer> pulled = new ArrayList<>();
    g.iterator().forEachRemaining((int x) -> pulled.add(x));
    assertEquals(boxed, pulled, where + ": iterator");
    assertEquals(
        IntStream.of(want).mapToObj(x -> "#" + x).collect(java.util.stream.Collectors.toList()),
        g.mapToObj(x -> "#" + x).toList(),
        where + ": mapToObj");
    assertArrayEquals(
        IntStream.of(want).asLongStream().toArray(), g.asLongs().toArray(), where + ": asLongs");
    assertArrayEquals(
        IntStream.of(want).asDoubleStream().toArray(),
        g.asDoubles().toArray(),
        0.0,
        where + ": asDoubles");
    assertArrayEquals(
        IntStream.of(want).mapToDouble(x -> x / 2.0).toArray(),
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
