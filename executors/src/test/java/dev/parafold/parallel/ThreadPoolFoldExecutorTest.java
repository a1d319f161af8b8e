package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What is specific to {@link ThreadPoolFoldExecutor}: it really runs chunks on the pool's threads,
 * the caller helps, a rejecting or shut-down service still folds, nested folds run inline.
 */
final class ThreadPoolFoldExecutorTest {

  /** Two chunks that wait for each other can only finish if they run at the same time. */
  private static void chunksRunConcurrently(FoldExecutor exec, FoldOptions opts) {
    CyclicBarrier meet = new CyclicBarrier(2);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    long count =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                exec.fold(
                    Sources.range(0, 4000),
                    Fixtures.mapTo(
                        x -> {
                          threads.add(Thread.currentThread().getName());
                          if (x == 0
                              || x
                                  == 1000) { // chunks 0 and 1 (fixed) or 0 and 2 (auto), inside the
                            // window
                            try {
                              meet.await(10, TimeUnit.SECONDS);
                            } catch (Exception e) {
                              throw new AssertionError(
                                  exec.describe() + ": chunks did not run concurrently", e);
                            }
                          }
                          return x;
                        },
                        Reducers.countLongs()),
                    opts));
    assertEquals(4000, count);
    assertTrue(threads.size() >= 2, exec.describe() + " ran on " + threads);
  }

  @Test
  void chunks_runOnThePoolsThreads_concurrently() throws Exception {
    ExecutorService service = Executors.newFixedThreadPool(2);
    ForkJoinPool fj = new ForkJoinPool(2);
    try {
      chunksRunConcurrently(ThreadPoolFoldExecutor.on(service, 2), Fixtures.fixed(1000));
      chunksRunConcurrently(ThreadPoolFoldExecutor.on(service), FoldOptions.defaults());
      chunksRunConcurrently(ForkJoinExecutor.on(fj), Fixtures.fixed(1000));
    } finally {
      service.shutdownNow();
      fj.shutdownNow();
      service.awaitTermination(10, TimeUnit.SECONDS);
      fj.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aRejectingOrShutDownService_stillFolds_onTheCaller() throws Exception {
    // no queue, one thread: most submissions are rejected
    ThreadPoolExecutor tiny =
        new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>());
    ExecutorService shut = Executors.newSingleThreadExecutor();
    shut.shutdown();
    try {
      for (ExecutorService s : List.of(tiny, shut)) {
        long sum =
            ThreadPoolFoldExecutor.on(s, 4)
                .fold(Sources.range(0, 100_000), Reducers.sumLongs(), Fixtures.fixed(100));
        assertEquals(100_000L * 99_999 / 2, sum);
      }
    } finally {
      tiny.shutdownNow();
      tiny.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSaturatedService_doesNotStallTheFold() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try {
      single.execute(
          () -> {
            try {
              release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      long count =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () ->
                  ThreadPoolFoldExecutor.on(single, 1)
                      .fold(Sources.range(0, 50_000), Reducers.countLongs(), Fixtures.fixed(1000)));
      assertEquals(50_000, count);
    } finally {
      release.countDown();
      single.shutdownNow();
      single.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void factories_checkTheirArguments() {
    ExecutorService s = Executors.newFixedThreadPool(3);
    try {
      assertThrows(NullPointerException.class, () -> ThreadPoolFoldExecutor.on(null));
      assertThrows(IllegalArgumentException.class, () -> ThreadPoolFoldExecutor.on(s, 0));
      assertEquals(3, ThreadPoolFoldExecutor.on(s).parallelism());
      assertEquals(5, ThreadPoolFoldExecutor.on(s, 5).parallelism());
    } finally {
      s.shutdownNow();
    }
  }
}
