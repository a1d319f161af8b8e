package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.LongFold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Gen;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Differential tests: random pipelines of the operations {@code java.util.stream} also has, run by
 * parafold (sequential, split-tree with random splits, fork/join) and by {@code Stream}, must give
 * the same output.
 */
final class StreamDifferentialTest {

  /** One operation in both worlds. */
  private record Op(
      String name,
      Function<Fold<Integer>, Fold<Integer>> fold,
      Function<Stream<Integer>, Stream<Integer>> stream) {}

  private static Op op(Gen gen) {
    int k = gen.intBetween(0, 20);
    int m = gen.intBetween(2, 5);
    switch (gen.intBetween(0, 8)) {
      case 0:
        return new Op("map", f -> f.map(x -> x * 3 % 17), s -> s.map(x -> x * 3 % 17));
      case 1:
        return new Op("filter", f -> f.filter(x -> x % m != 0), s -> s.filter(x -> x % m != 0));
      case 2:
        return new Op("limit(" + k + ")", f -> f.limit(k), s -> s.limit(k));
      case 3:
        return new Op("skip(" + k + ")", f -> f.skip(k), s -> s.skip(k));
      case 4:
        return new Op(
            "takeWhile", f -> f.takeWhile(x -> x % m != 0), s -> s.takeWhile(x -> x % m != 0));
      case 5:
        return new Op(
            "dropWhile", f -> f.dropWhile(x -> x % m != 0), s -> s.dropWhile(x -> x % m != 0));
      case 6:
        return new Op("distinct", Fold::distinct, Stream::distinct);
      case 7:
        return new Op(
            "flatMap",
            f -> f.flatMap(x -> List.of(x, x + 1).subList(0, x % 3 == 0 ? 0 : x % 2 + 1).stream()),
            s -> s.flatMap(x -> List.of(x, x + 1).subList(0, x % 3 == 0 ? 0 : x % 2 + 1).stream()));
      default:
        return new Op("peek", f -> f.peek(x -> {}), s -> s.peek(x -> {}));
    }
  }

  @Test
  void randomPipelinesAgreeWithJavaUtilStream() {
    Gen.forAll(
        "StreamDifferentialTest.objects",
        200,
        gen -> {
          List<Integer> in = gen.list(300, gen.ints(0));
          int n = gen.intBetween(1, 5);
          Fold<Integer> fold = Fold.from(in);
          Stream<Integer> stream = in.stream();
          StringBuilder names = new StringBuilder();
          Fold<Integer> f = fold;
          for (int i = 0; i < n; i++) {
            Op op = op(gen);
            names.append(op.name()).append(' ');
            f = op.fold().apply(f);
            stream = op.stream().apply(stream);
          }
          List<Integer> want = stream.collect(Collectors.toList());
          String what = names + "on " + in;
          assertEquals(want, f.toList(), "sequential " + what);
          assertEquals(
              want,
              f.on(new SplitTreeExecutor(4))
                  .chunks(ChunkPolicy.random(gen.nextLong(), gen.intBetween(1, 16)))
                  .toList(),
              "split-tree " + what);
          boolean stops = names.indexOf("limit") >= 0 || names.indexOf("takeWhile") >= 0;
          if (stops && !CatalogContract.POOL_EARLY_STOPS) {
            return; // see CatalogContract.poolsRunEarlyStops: FoldTask's early-stop defect
          }
          assertEquals(
              want,
              f.on(ForkJoinExecutor.shared())
                  .chunks(gen.oneOf(ChunkPolicy.fixed(gen.intBetween(1, 9)), ChunkPolicy.auto()))
                  .toList(),
              "fork-join " + what);
          assertEquals((long) want.size(), f.parallel().count(), "count " + what);
        });
  }

  @Test
  void unboxedLongPipelinesAgreeWithLongStream() {
    Gen.forAll(
        "StreamDifferentialTest.longs",
        200,
        gen -> {
          long[] in = new long[gen.size(400)];
          long range = gen.oneOf(3L, 50L, 1L << 40);
          for (int i = 0; i < in.length; i++) {
            in[i] = gen.longBetween(-range, range);
          }
          long k = gen.intBetween(0, 50);
          long m = gen.intBetween(2, 5);
          LongFold f = Fold.from(in).filter(x -> x % m != 0).distinct().limit(k).map(x -> x * 2);
          long[] want =
              LongStream.of(in)
                  .filter(x -> x % m != 0)
                  .distinct()
                  .limit(k)
                  .map(x -> x * 2)
                  .toArray();
          assertArrayEquals(want, f.toArray(), "sequential");
          assertArrayEquals(
              want,
              f.on(new SplitTreeExecutor(4))
                  .chunks(ChunkPolicy.random(gen.nextLong(), 9))
                  .toArray(),
              "split-tree");
          if (CatalogContract.POOL_EARLY_STOPS) {
            assertArrayEquals(want, f.parallel().toArray(), "fork-join");
          }
          long skip = gen.intBetween(0, 20);
          assertEquals(
              LongStream.of(in).skip(skip).distinct().sum(),
              Fold.from(in).skip(skip).distinct().parallel().sum(),
              "skip, distinct, sum");
        });
  }

  @Test
  void longDistinctAndLimitStayUnboxed() {
    assertTrue(
        PrimitiveTransducers.distinctLongs().apply(Reducers.sumLongs()) instanceof LongReducer,
        "distinctLongs feeds a LongReducer and is one");
    assertTrue(
        PrimitiveTransducers.limitLongs(3).apply(Reducers.sumLongs()) instanceof LongReducer,
        "limitLongs feeds a LongReducer and is one");
    assertTrue(
        Fold.range(0, 10).distinct().limit(3).boxed().transducer().apply(Reducers.sumLongs())
            instanceof LongReducer,
        "the whole LongFold chain steps unboxed");
    assertEquals(3L, Fold.range(0, 1_000_000).map(x -> x % 3).distinct().parallel().count());
  }
}
