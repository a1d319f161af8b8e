package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.ReducerLaws;
import dev.parafold.reduce.Reducers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Errors name the operation and the input, in the manner of the JDK's best messages. */
final class ErrorMessagesTest {
  private static List<Integer> upTo(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  /** Subtraction: neither associative nor with init as identity. */
  private static Reducer<Long, long[], Long> minus() {
    return Reducers.of(
        () -> new long[1],
        (a, x) -> {
          a[0] -= x;
          return a;
        },
        (l, r) -> {
          l[0] -= r[0];
          return l;
        },
        a -> a[0]);
  }

  @Test
  void toCollector_withAReducerThatReturnsANewAccumulator_saysWhatToDoInstead() {
    Reducer<Integer, Long, Long> sum = Reducers.of(() -> 0L, (a, x) -> a + x, Long::sum, a -> a);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Stream.of(1, 2, 3).collect(Reducers.toCollector(sum)));
    assertEquals(
        "Reducers.toCollector(Reducers.of): step returned a new accumulator, but a Collector's"
            + " accumulator must change the one it is given; fold with Fold.reduce instead, or use"
            + " a mutable accumulator (a long[1] rather than a Long)",
        e.getMessage());
  }

  @Test
  void lawFailures_nameTheReducerOnce_andTheLaw() {
    AssertionError e =
        assertThrows(AssertionError.class, () -> ReducerLaws.check(minus(), List.of(1L, 2L, 3L)));
    assertEquals(
        "Reducers.of breaks a fold law (identity): combine(init, fold(xs)) gave 1, expected -1;"
            + " smallest input found: [1] (seed 24301)",
        e.getMessage());
  }

  @Test
  void aShutDownPool_isNamedAsSuch() {
    ForkJoinPool pool = new ForkJoinPool(2);
    pool.shutdown();
    RejectedExecutionException e =
        assertThrows(
            RejectedExecutionException.class,
            () -> Fold.from(upTo(100_000)).on(pool).map(x -> x + 1).count());
    assertEquals(
        "fold of ArrayList[0..100000): its ForkJoinPool (parallelism 2) is shut down; fold on a"
            + " running pool, or on ForkJoinExecutor.shared()",
        e.getMessage());
  }

  /** A terminal that runs out of memory at its 50th element, as a full heap would make it. */
  private static Reducer<Integer, List<Integer>, List<Integer>> hoard() {
    return new Reducer<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public List<Integer> init() {
        return new ArrayList<>();
      }

      @Override
      public List<Integer> step(List<Integer> acc, Integer t) {
        if (t == 50) {
          throw new OutOfMemoryError("Java heap space");
        }
        acc.add(t);
        return acc;
      }

      @Override
      public List<Integer> combine(List<Integer> left, List<Integer> right) {
        left.addAll(right);
        return left;
      }

      @Override
      public List<Integer> complete(List<Integer> acc) {
        return acc;
      }

      @Override
      public String describe() {
        return "hoard";
      }
    };
  }

  @Test
  void anOutOfMemoryError_namesTheFoldThatRanOut_sequentialAndParallel() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      List<Function<Fold<Integer>, Fold<Integer>>> modes =
          List.of(Fold::sequential, f -> f.on(pool).chunks(ChunkPolicy.fixed(8)));
      for (Function<Fold<Integer>, Fold<Integer>> mode : modes) {
        OutOfMemoryError e =
            assertThrows(
                OutOfMemoryError.class, () -> mode.apply(Fold.from(upTo(100))).reduce(hoard()));
        assertTrue(
            e.getMessage().startsWith("Java heap space in a fold of ArrayList(100) into hoard:"),
            e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
        assertEquals("Java heap space", e.getCause().getMessage());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void otherErrors_andUserExceptions_reachTheCallerAsTheyAre() {
    IllegalArgumentException mine = new IllegalArgumentException("mine");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Fold.from(upTo(100))
                    .map(
                        x -> {
                          if (x == 7) {
                            throw mine;
                          }
                          return x;
                        })
                    .count());
    assertSame(mine, e);
  }
}
