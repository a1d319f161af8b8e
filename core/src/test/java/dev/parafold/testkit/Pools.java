package dev.parafold.testkit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/** Helpers for tests that count threads. */
public final class Pools {
  private Pools() {}

  /**
   * Starts every worker of {@code pool} (one task per worker, each waiting for all the others) and
   * waits until the pool is quiet again, so that a thread-count baseline taken afterwards is
   * stable.
   */
  public static void startEveryWorker(ForkJoinPool pool) throws InterruptedException {
    int n = pool.getParallelism();
    CountDownLatch all = new CountDownLatch(n);
    for (int k = 0; k < n; k++) {
      pool.execute(
          () -> {
            all.countDown();
            try {
              all.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    all.await(10, TimeUnit.SECONDS);
    pool.awaitQuiescence(10, TimeUnit.SECONDS);
  }
}
