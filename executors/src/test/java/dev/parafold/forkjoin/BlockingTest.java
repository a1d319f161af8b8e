package dev.parafold.forkjoin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldException;
import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
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
