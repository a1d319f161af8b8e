package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Downstream;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.Scenario;
import dev.parafold.testkit.WrapperContract;
import io.vavr.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The kit's "wraps a downstream" cases with the catalog's index-aware and early-stopping stages as
 * downstreams ({@code limit}, {@code takeWhile}, {@code zipWithIndex}, {@code first}), on split
 * trees and a real pool; and the reported case as a regression test.
 */
final class WrappedCatalogDownstreamsTest extends WrapperContract {

  @Override
  protected List<Downstream> downstreams() {
    List<Downstream> out = new ArrayList<>(Downstream.basic());
    for (int n : new int[] {0, 1, 2, 5}) {
      out.add(
          Downstream.of(
              "limit(" + n + ")",
              () -> Transducers.<Integer>limit(n).apply(Reducers.toList()),
              in -> new ArrayList<>(in.subList(0, Math.min(n, in.size())))));
    }
    out.add(
        Downstream.of(
            "takeWhile(x % 5 != 4)",
            () -> Transducers.<Integer>takeWhile(x -> x % 5 != 4).apply(Reducers.toList()),
            in -> in.stream().takeWhile(x -> x % 5 != 4).collect(Collectors.toList())));
    out.add(
        Downstream.of(
            "zipWithIndex",
            () -> Transducers.<Integer>zipWithIndex().apply(Reducers.toList()),
            in ->
                IntStream.range(0, in.size())
                    .mapToObj(i -> Tuple.of(in.get(i), (long) i))
                    .collect(Collectors.toList())));
    out.add(
        Downstream.of(
            "skip(1).first",
            () -> Transducers.<Integer>skip(1).apply(Reducers.first()),
            in -> in.stream().skip(1).findFirst()));
    return out;
  }

  @Override
  protected List<Scenario> parallelScenarios(Gen gen, int n) {
    long seed = gen.nextLong();
    return List.of(
        Scenario.of(
            "fork-join shared",
            ForkJoinExecutor.shared(),
            ChunkPolicy.random(seed, 4),
            gen.oneOf(Scenario.SourceKind.values()),
            seed));
  }

  /** The reported defect: each group's limit(2) lost its offsets and kept every element. */
  @Test
  void groupBy_withLimitDownstream_parallelEqualsSequential() {
    List<Integer> in = IntStream.range(0, 40).boxed().collect(Collectors.toList());
    Reducer<Integer, ?, Map<Integer, List<Integer>>> r =
        Reducers.groupBy(x -> x % 3, Transducers.<Integer>limit(2).apply(Reducers.toList()));
    Map<Integer, List<Integer>> want = Map.of(0, List.of(0, 3), 1, List.of(1, 4), 2, List.of(2, 5));
    assertEquals(want, Fold.from(in).reduce(r));
    ForkJoinPool pool = new ForkJoinPool(4);
    try {
      for (int i = 0; i < 20; i++) {
        assertEquals(
            want,
            Fold.from(in).on(pool).chunks(ChunkPolicy.fixed(4)).reduce(r),
            "fixed(4) chunks on a pool of 4");
      }
    } finally {
      pool.shutdown();
    }
  }

  /** {@code toCollector} in a parallel stream: every container at an unknown offset, anchored. */
  @Test
  void toCollector_withIndexAwareReducer_inAParallelStream_equalsSequential() {
    List<Integer> in = IntStream.range(0, 10_000).boxed().collect(Collectors.toList());
    List<io.vavr.Tuple2<Integer, Long>> want =
        IntStream.range(0, 10_000)
            .mapToObj(i -> io.vavr.Tuple.of(i, (long) i))
            .collect(Collectors.toList());
    for (int i = 0; i < 10; i++) {
      assertEquals(
          want,
          in.parallelStream()
              .collect(
                  Reducers.toCollector(
                      Transducers.<Integer>zipWithIndex().apply(Reducers.toList()))));
      assertEquals(
          List.of(0, 1, 2),
          in.parallelStream()
              .collect(
                  Reducers.toCollector(Transducers.<Integer>limit(3).apply(Reducers.toList()))));
    }
  }
}
