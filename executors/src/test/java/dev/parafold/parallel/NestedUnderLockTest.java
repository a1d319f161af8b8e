package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import dev.parafold.testkit.Figures;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classic nested fork/join deadlock: every outer element runs an inner parallel fold while
 * holding one monitor. Workers blocked on the monitor must not hold work the lock holder waits for;
 * the fold must finish with the sequential result and within p + 1 threads.
 */
class NestedUnderLockTest {
  private static final Object LOCK = new Object();

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void innerFoldsUnderSynchronized_finish_withoutExtraThreads(int p) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(p);
    AtomicInteger maxPool = new AtomicInteger();
    try {
      FoldExecutor exec = ForkJoinExecutor.on(pool);
      FoldOptions inner = FoldOptions.defaults().chunks(ChunkPolicy.fixed(500));
      long got =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () ->
                  exec.fold(
                      Sources.range(0, 64),
                      Reducers.summingLong(
                          (Long g) -> {
                            synchronized (LOCK) {
                              maxPool.accumulateAndGet(pool.getPoolSize(), Math::max);
                              return exec.fold(Sources.range(0, 10_000), Reducers.sumLongs(), inner)
                                  + g;
                            }
                          }),
                      FoldOptions.defaults().chunks(ChunkPolicy.fixed(1))));
      assertEquals(64L * (9_999L * 10_000 / 2) + 63L * 64 / 2, got);
      Figures.record(
          "B6 nesting",
          "pool(" + p + ") inner folds under synchronized: max getPoolSize (bound p+1)",
          maxPool.get() + " (" + (p + 1) + ")");
      assertTrue(maxPool.get() <= p + 1, "pool of " + p + " grew to " + maxPool.get());
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
