package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldException;
import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import dev.parafold.testkit.Figures;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Blocking}: blocking calls inside folds neither deadlock nor get rejected. */
class BlockingTest {

  @Test
  void blockingCallsThatWaitForEachOther_completeWithCompensation() throws Exception {
    // 3 chunks on a pool of 2 that all wait on one latch: without compensation this deadlocks.
    ForkJoinPool pool = new ForkJoinPool(2);
    CountDownLatch all = new CountDownLatch(3);
    try {
      long n =
          ForkJoinExecutor.on(pool)
              .fold(
                  Sources.range(0, 3),
                  dev.parafold.reduce.LongReducer.of(
                      Reducers.<Long, Long>of(
                          () -> 0L,
                          (a, x) ->
                              a
                                  + Blocking.call(
                                      () -> {
                                        all.countDown();
                                        return all.await(20, TimeUnit.SECONDS) ? 1L : 0L;
                                      }),
                          Long::sum)),
                  FoldOptions.defaults().chunks(ChunkPolicy.fixed(1)));
      assertEquals(3, n, "every call saw all three arrive");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void manyBlockingCalls_neverRejected_andThreadsStayBounded() {
    ForkJoinPool pool = new ForkJoinPool(2);
    AtomicInteger maxPool = new AtomicInteger();
    try {
      long sum =
          ForkJoinExecutor.on(pool)
              .fold(
                  Sources.range(0, 400),
                  Reducers.summingLong(
                      (Long x) ->
                          Blocking.call(
                              () -> {
                                maxPool.accumulateAndGet(pool.getPoolSize(), Math::max);
                                Thread.sleep(1);
                                return x;
                              })),
                  FoldOptions.defaults().chunks(ChunkPolicy.fixed(1)));
      assertEquals(399L * 400 / 2, sum);
      assertTrue(
          maxPool.get() <= 2 + Blocking.MAX_COMPENSATING,
          "pool grew to " + maxPool.get() + ", cap " + (2 + Blocking.MAX_COMPENSATING));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * B7: 200 calls that sleep 20 ms on a pool of 2, with and without {@link Blocking#call}. With it,
   * the pool adds at most {@link Blocking#MAX_COMPENSATING} threads and nothing is rejected;
   * without it, the pool stays at 2 threads and the fold still finishes (slowly, no deadlock). Wall
   * times are reported as ratios to the ideal for the threads used, never asserted.
   */
  @Test
  void sleepingCalls_withAndWithoutTheHelper_finishWithinTheThreadCap() throws Exception {
    int calls = 200;
    long sleepMs = 20;
    for (boolean helper : new boolean[] {true, false}) {
      ForkJoinPool pool = new ForkJoinPool(2);
      AtomicInteger maxPool = new AtomicInteger();
      try {
        long start = System.nanoTime();
        long sum =
            assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30),
                () ->
                    ForkJoinExecutor.on(pool)
                        .fold(
                            Sources.range(0, calls),
                            Reducers.summingLong(
                                (Long x) -> {
                                  java.util.concurrent.Callable<Long> sleep =
                                      () -> {
                                        maxPool.accumulateAndGet(pool.getPoolSize(), Math::max);
                                        Thread.sleep(sleepMs);
                                        return x;
                                      };
                                  try {
                                    return helper ? Blocking.call(sleep) : sleep.call();
                                  } catch (Exception e) {
                                    throw new AssertionError(e);
                                  }
                                }),
                            FoldOptions.defaults().chunks(ChunkPolicy.fixed(1))));
        double wallMs = (System.nanoTime() - start) / 1e6;
        assertEquals((long) calls * (calls - 1) / 2, sum);
        int threads = helper ? 2 + Blocking.MAX_COMPENSATING : 2;
        assertTrue(maxPool.get() <= threads, "pool grew to " + maxPool.get() + ", cap " + threads);
        double ideal = (double) calls * sleepMs / Math.max(2, maxPool.get());
        Figures.record(
            "B7 blocking",
            (helper ? "with" : "without") + " Blocking.call: 200 x sleep(20 ms) on pool(2)",
            String.format(
                "max pool size %d (cap %d), wall %.0f ms = %.2fx ideal for %d threads, 0 rejected",
                maxPool.get(), threads, wallMs, wallMs / ideal, Math.max(2, maxPool.get())));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void checkedExceptionsAreWrappedOnce_uncheckedPassThrough() {
    IOException io = new IOException("io");
    FoldException e =
        assertThrows(
            FoldException.class,
            () ->
                Blocking.call(
                    () -> {
                      throw io;
                    }));
    assertSame(io, e.getCause());
    IllegalStateException ise = new IllegalStateException("x");
    assertSame(
        ise,
        assertThrows(
            IllegalStateException.class,
            () ->
                Blocking.call(
                    () -> {
                      throw ise;
                    })));
  }
}
