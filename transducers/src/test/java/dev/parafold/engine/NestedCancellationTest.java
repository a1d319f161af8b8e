package dev.parafold.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.CancelHandle;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldCancelledException;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An inner fold started while an outer fold's chunk runs stops with the outer one: cancelling the
 * outer fold ends every running inner fold with a cancellation, and inner folds step only a bounded
 * number of elements after the cancel.
 */
final class NestedCancellationTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(2);
  private static final long INNER = 20_000_000;

  @AfterAll
  static void shutDown() throws InterruptedException {
    POOL.shutdownNow();
    POOL.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void cancellingTheOuterFold_stopsTheInnerFolds() throws Exception {
    for (FoldExecutor outer :
        List.of(
            ForkJoinExecutor.on(POOL), ForkJoinExecutor.shared(), SequentialExecutor.instance())) {
      for (FoldExecutor inner : List.of(ForkJoinExecutor.shared(), SequentialExecutor.instance())) {
        check(outer, inner);
      }
    }
  }

  private static void check(FoldExecutor outer, FoldExecutor inner) throws Exception {
    String what = "outer " + outer.describe() + ", inner " + inner.describe();
    CancelHandle handle = new CancelHandle();
    CountDownLatch innerStarted = new CountDownLatch(1);
    AtomicBoolean cancelled = new AtomicBoolean();
    AtomicLong afterCancel = new AtomicLong();
    Queue<Throwable> innerEnds = new ConcurrentLinkedQueue<>();
    Thread canceller =
        new Thread(
            () -> {
              try {
                innerStarted.await(20, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                return;
              }
              cancelled.set(true);
              handle.cancel();
            });
    canceller.start();
    assertThrows(
        FoldCancelledException.class,
        () ->
            Fold.range(0, 64)
                .boxed()
                .on(outer)
                .chunks(ChunkPolicy.fixed(1))
                .cancelWith(handle)
                .map(
                    i -> {
                      try {
                        // long enough that the cancel comes while inner folds run
                        long n =
                            Fold.range(0, INNER)
                                .boxed()
                                .on(inner)
                                .map(
                                    x -> {
                                      innerStarted.countDown();
                                      if (cancelled.get()) {
                                        afterCancel.incrementAndGet();
                                      }
                                      return x;
                                    })
                                .count();
                        if (cancelled.get()) {
                          innerEnds.add(new AssertionError("ran to its end after the cancel"));
                        }
                        return n;
                      } catch (RuntimeException e) {
                        innerEnds.add(e);
                        throw e;
                      }
                    })
                .count(),
        what);
    canceller.join();
    assertTrue(!innerEnds.isEmpty(), what + ": an inner fold was running at the cancel");
    for (Throwable t : innerEnds) {
      assertTrue(t instanceof FoldCancelledException, what + ": inner fold ended with " + t);
    }
    // each running inner chunk notices within one polling block (1024 elements per chunk)
    long bound = 1024L * 64 * (ForkJoinPool.getCommonPoolParallelism() + 4);
    assertTrue(
        afterCancel.get() <= bound,
        what + ": " + afterCancel.get() + " inner elements stepped after the cancel");
  }
}
