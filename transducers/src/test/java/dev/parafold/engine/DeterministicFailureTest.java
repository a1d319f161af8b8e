package dev.parafold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.parallel.ThreadPoolFoldExecutor;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A parallel fold fails exactly as the sequential fold does: it throws the failure of the leftmost
 * failing element that the sequential fold reaches, and returns normally when an early stop left of
 * every failure makes them unreachable, whatever thread ran what.
 */
final class DeterministicFailureTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(4);
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

  @AfterAll
  static void shutDown() throws InterruptedException {
    POOL.shutdownNow();
    THREADS.shutdownNow();
    POOL.awaitTermination(10, TimeUnit.SECONDS);
    THREADS.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static List<FoldExecutor> executors() {
    return List.of(
        ForkJoinExecutor.on(POOL),
        ForkJoinExecutor.shared(),
        ThreadPoolFoldExecutor.on(THREADS, 4),
        new SplitTreeExecutor(4));
  }

  private static int failOnNegative(int x) {
    if (x < 0) {
      throw new IllegalArgumentException("negative: " + x);
    }
    return x;
  }

  /** The repro: the element right of takeWhile's stop must never fail the fold. */
  @Test
  void aFailureRightOfAnEarlyStop_isUnreachable_andTheFoldReturns() {
    for (FoldExecutor e : executors()) {
      for (int run = 0; run < 200; run++) {
        List<Integer> got =
            Fold.from(List.of(1, 0, -1))
                .on(e)
                .chunks(ChunkPolicy.fixed(1))
                .takeWhile(x -> x != 0)
                .map(DeterministicFailureTest::failOnNegative)
                .toList();
        assertEquals(List.of(1), got, e.describe() + ", run " + run);
        List<Integer> first =
            Fold.from(List.of(1, -1, -2))
                .on(e)
                .chunks(ChunkPolicy.fixed(1))
                .map(DeterministicFailureTest::failOnNegative)
                .limit(1)
                .toList();
        assertEquals(List.of(1), first, e.describe() + ", limit(1), run " + run);
      }
    }
  }

  /** Many failing elements: the leftmost one's exception, as the very instance thrown. */
  @Test
  void manyFailures_theLeftmostOneReachesTheCaller() {
    List<Integer> in = IntStream.range(0, 20_000).boxed().collect(Collectors.toList());
    for (FoldExecutor e : executors()) {
      for (ChunkPolicy policy :
          List.of(ChunkPolicy.fixed(7), ChunkPolicy.fixed(1000), ChunkPolicy.auto())) {
        for (int run = 0; run < 20; run++) {
          RuntimeException[] firstThrown = new RuntimeException[1];
          RuntimeException got =
              assertThrows(
                  RuntimeException.class,
                  () ->
                      Fold.from(in)
                          .on(e)
                          .chunks(policy)
                          .map(
                              x -> {
                                if (x % 997 == 500) {
                                  RuntimeException boom = new IllegalStateException("at " + x);
                                  if (x == 500) {
                                    firstThrown[0] = boom;
                                  }
                                  throw boom;
                                }
                                return x;
                              })
                          .count());
          assertEquals("at 500", got.getMessage(), e.describe() + " " + policy);
          assertSame(firstThrown[0], got, "the instance thrown for element 500");
        }
      }
    }
  }

  /** A failure left of an early stop still fails the fold (the sequential fold reaches it). */
  @Test
  void aFailureLeftOfAnEarlyStop_failsTheFold() {
    List<Integer> in = IntStream.range(0, 5_000).boxed().collect(Collectors.toList());
    for (FoldExecutor e : executors()) {
      for (int run = 0; run < 50; run++) {
        IllegalArgumentException got =
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    Fold.from(in)
                        .on(e)
                        .chunks(ChunkPolicy.fixed(16))
                        .map(x -> failOnNegative(x == 3 ? -3 : x))
                        .filter(x -> x == 4_000)
                        .limit(1)
                        .toList());
        assertEquals("negative: -3", got.getMessage(), e.describe());
      }
    }
  }
}
