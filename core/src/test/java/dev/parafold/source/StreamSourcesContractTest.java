package dev.parafold.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.reduce.Reducer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The source contract for {@link StreamSources}: sized concatenations split at every index with
 * each element once and in order; batched ones (iterate, generate, concatenations with an
 * unknown-size side, primitive streams) hand out every element once, in order, in sized batches of
 * at most the asked size, then null; recipes re-run, single-pass streams refuse a second run; every
 * kind polls stop at least every {@link Stop#CHECK_INTERVAL} elements.
 */
final class StreamSourcesContractTest {

  /** A source kind over the numbers {@code 0..n-1}. */
  private record Kind(String name, Function<Integer, Source<?>> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Long[] boxedRange(int from, int to) {
    return LongStream.range(from, to).boxed().toArray(Long[]::new);
  }

  private static final List<Kind> SIZED =
      List.of(
          new Kind(
              "concat(array, range)",
              n ->
                  StreamSources.concat(
                      Sources.array(boxedRange(0, n / 3)), Sources.range(n / 3, n))),
          new Kind(
              "concat(empty, concat(longs, array))",
              n ->
                  StreamSources.concat(
                      StreamSources.empty(),
                      StreamSources.concat(
                          Sources.longs(LongStream.range(0, n / 2).toArray()),
                          Sources.array(boxedRange(n / 2, n))))),
          new Kind(
              "chars",
              n -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                  sb.append((char) i);
                }
                return StreamSources.chars(sb);
              }));

  private static final List<Kind> BATCHED =
      List.of(
          new Kind(
              "iterate(hasNext)", n -> StreamSources.iterate(0L, x -> x < n, x -> x + 1).open()),
          new Kind(
              "iterateLongs", n -> StreamSources.iterateLongs(0, x -> x < n, x -> x + 1).open()),
          new Kind(
              "iterateDoubles",
              n -> StreamSources.iterateDoubles(0, x -> x < n, x -> x + 1).open()),
          new Kind(
              "iterating",
              n -> StreamSources.iterating(() -> LongStream.range(0, n).iterator()).open()),
          new Kind("ints(IntStream)", n -> StreamSources.ints(IntStream.range(0, n)).open()),
          new Kind("longs(LongStream)", n -> StreamSources.longs(LongStream.range(0, n)).open()),
          new Kind(
              "doubles(DoubleStream)",
              n -> StreamSources.doubles(DoubleStream.iterate(0, x -> x + 1).limit(n)).open()),
          new Kind(
              "concat(array, iterating)",
              n ->
                  StreamSources.concat(
                          Sources.array(boxedRange(0, n / 2)),
                          StreamSources.iterating(() -> LongStream.range(n / 2, n).iterator()))
                      .open()),
          new Kind(
              "concat(iterating, range)",
              n ->
                  StreamSources.concat(
                          StreamSources.iterating(() -> LongStream.range(0, n / 2).iterator()),
                          Sources.range(n / 2, n))
                      .open()));

  private static List<Long> expected(int n) {
    return LongStream.range(0, n).boxed().collect(Collectors.toList());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Long> elements(Source<?> s, Stop stop) {
    List<Object> out = new ArrayList<>();
    ((Source) s).reduce(new Collect(), out, stop);
    return out.stream().map(o -> ((Number) o).longValue()).collect(Collectors.toList());
  }

  private static List<Long> elements(Source<?> s) {
    return elements(s, Stop.NEVER);
  }

  /** A plain list-collecting reducer. */
  private static final class Collect implements Reducer<Object, List<Object>, List<Object>> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Object> init() {
      return new ArrayList<>();
    }

    @Override
    public List<Object> step(List<Object> acc, Object t) {
      acc.add(t);
      return acc;
    }

    @Override
    public List<Object> combine(List<Object> left, List<Object> right) {
      left.addAll(right);
      return left;
    }

    @Override
    public List<Object> complete(List<Object> acc) {
      return acc;
    }
  }

  @Test
  void sizedKinds_splitAtEveryTriple_keepEachElementOnceInOrder() {
    for (Kind kind : SIZED) {
      for (int n = 0; n <= 14; n++) {
        Source<?> s = kind.make().apply(n);
        assertEquals(n, s.size(), kind + " size");
        assertEquals(expected(n), elements(s), kind + " n=" + n);
        for (int i = 0; i <= n; i++) {
          for (int j = i; j <= n; j++) {
            Split<?> a = s.splitAt(i);
            Split<?> b = a.right().splitAt(j - i);
            List<Long> got = new ArrayList<>(elements(a.left()));
            got.addAll(elements(b.left()));
            got.addAll(elements(b.right()));
            assertEquals(expected(n), got, kind + " n=" + n + " at " + i + ", " + j);
            assertEquals(i, a.left().size());
            assertEquals(j - i, b.left().size());
          }
        }
        Split<?> half = s.split();
        if (n >= 2) {
          List<Long> got = new ArrayList<>(elements(half.left()));
          got.addAll(elements(half.right()));
          assertEquals(expected(n), got, kind + " split()");
        }
      }
    }
  }

  @Test
  void batchedKinds_giveEveryElementOnceInOrder_thenNull() {
    long seed = Long.getLong("parafold.seed", System.nanoTime());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (Kind kind : BATCHED) {
      for (int n : new int[] {0, 1, 2, 255, 256, 257, 3000}) {
        Source<?> s = kind.make().apply(n);
        assertTrue(s.batched(), kind + " is batched");
        assertEquals(-1, s.size(), kind + " has unknown size");
        assertNull(s.split(), kind + " does not split");
        List<Long> got = new ArrayList<>();
        while (true) {
          int max = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 2000);
          Source<?> b = s.nextBatch(max);
          if (b == null) {
            break;
          }
          assertTrue(b.sized(), "a batch is sized");
          assertTrue(b.size() >= 1 && b.size() <= max, kind + ": batch size " + b.size());
          got.addAll(elements(b));
        }
        assertNull(s.nextBatch(10), kind + ": still exhausted");
        assertEquals(expected(n), got, kind + " n=" + n + " seed=" + seed);
        assertEquals(expected(n), elements(kind.make().apply(n)), kind + " reduce, n=" + n);
      }
    }
  }

  @Test
  void endlessSources_areBatchedAndStopWhenAsked() {
    Source<Long> it = StreamSources.iterate(1L, x -> x + 1).open();
    assertEquals(
        LongStream.rangeClosed(1, 5).boxed().collect(Collectors.toList()),
        elements(it.nextBatch(5)));
    assertEquals(List.of(6L, 7L), elements(it.nextBatch(2)));
    Source<String> gen = StreamSources.generate(() -> "x").open();
    assertEquals(3, gen.nextBatch(3).size());
    for (Source<?> s :
        List.of(
            StreamSources.iterate(0L, x -> x + 1),
            StreamSources.generate(() -> 7L),
            StreamSources.iterateLongs(0, null, x -> x + 1),
            StreamSources.generateLongs(() -> 3),
            StreamSources.generateDoubles(() -> 0.5))) {
      List<Long> got = elements(s, () -> true);
      assertTrue(got.size() <= Stop.CHECK_INTERVAL, s.describe() + ": " + got.size());
    }
  }

  @Test
  void recipesReRun_singlePassStreamsRefuseASecondRun() {
    Source<Long> recipe = StreamSources.iterate(0L, x -> x < 50, x -> x + 1);
    assertEquals(expected(50), elements(recipe.open()));
    assertEquals(expected(50), elements(recipe.open()), "a recipe re-runs");
    Source<Long> concat =
        StreamSources.concat(
            Sources.range(0, 10), StreamSources.iterating(() -> List.of(10L).iterator()));
    assertEquals(expected(11), elements(concat.open()));
    assertEquals(expected(11), elements(concat.open()), "a concatenation of recipes re-runs");
    Source<Long> once = StreamSources.longs(LongStream.range(0, 5));
    once.open();
    assertThrows(IllegalStateException.class, once::open);
    Source<Long> ints = StreamSources.ints(Stream.of(1, 2).mapToInt(x -> x));
    assertEquals(List.of(1L, 2L), elements(ints.open()));
    assertThrows(IllegalStateException.class, ints::open);
    assertThrows(
        IllegalStateException.class,
        () -> StreamSources.iterate(0L, x -> x + 1).nextBatch(3),
        "an unopened recipe is not read");
  }
}
