package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import dev.parafold.testkit.Figures;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nested folds (reliability battery B6): a fold whose element function runs a fold whose element
 * function runs a third fold, 64 x 16 x 200 elements, one chunk per element at the outer levels. On
 * {@code ForkJoinPool(p)} for p = 1, 2, 4: the result equals the all-sequential one, nothing
 * deadlocks (watchdog), and the pool never grows beyond p + 1 threads ({@code getPoolSize()} and
 * the live worker threads of that pool, sampled every millisecond while the folds run).
 */
final class NestingTest {
  private static final int OUTER = 64;
  private static final int MIDDLE = 16;
  private static final int INNER = 200;

  /** outer(i) = sum over j of middle(i, j); middle(i, j) = sum over k of (i * j + k). */
  private static long nested(FoldExecutor exec, FoldOptions opts) {
    Reducer<Long, ?, Long> outer =
        Fixtures.mapTo(
            i ->
                exec.fold(
                    Sources.range(0, MIDDLE),
                    Fixtures.mapTo(
                        j ->
                            exec.fold(
                                Sources.range(0, INNER),
                                Reducers.summingLong(k -> i * j + k),
                                opts),
                        Reducers.summingLong(x -> x)),
                    opts),
            Reducers.summingLong(x -> x));
    return exec.fold(Sources.range(0, OUTER), outer, opts);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void nestedFolds_onForkJoinPool_stayWithinPPlusOneThreads(int p) throws Exception {
    long expected = nested(SequentialExecutor.instance(), FoldOptions.defaults());
    ForkJoinPool pool = new ForkJoinPool(p);
    AtomicInteger maxPoolSize = new AtomicInteger();
    AtomicInteger maxLive = new AtomicInteger();
    AtomicBoolean sampling = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (sampling.get()) {
                maxPoolSize.accumulateAndGet(pool.getPoolSize(), Math::max);
                int live = 0;
                Thread[] all = new Thread[Thread.activeCount() + 16];
                int count = Thread.enumerate(all);
                for (int k = 0; k < count; k++) {
                  Thread t = all[k];
                  if (t instanceof ForkJoinWorkerThread
                      && ((ForkJoinWorkerThread) t).getPool() == pool
                      && t.isAlive()) {
                    live++;
                  }
                }
                maxLive.accumulateAndGet(live, Math::max);
                try {
                  Thread.sleep(1);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "nesting-sampler");
    sampler.setDaemon(true);
    sampler.start();
    try {
      for (FoldOptions opts : new FoldOptions[] {Fixtures.fixed(1), FoldOptions.defaults()}) {
        long got =
            assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> nested(ForkJoinExecutor.on(pool), opts),
                "deadlock in nested folds on pool(" + p + ")");
        assertEquals(expected, got, "nested result on pool(" + p + ") with " + opts);
      }
    } finally {
      sampling.set(false);
      sampler.join();
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    System.out.printf(
        "[NestingTest] pool(%d): %d x %d x %d nested folds, max getPoolSize()=%d, max live"
            + " workers=%d (bound p+1=%d)%n",
        p, OUTER, MIDDLE, INNER, maxPoolSize.get(), maxLive.get(), p + 1);
    Figures.record(
        "B6 nesting",
        "pool(" + p + ") " + OUTER + "x" + MIDDLE + "x" + INNER + " max getPoolSize (bound p+1)",
        maxPoolSize.get() + " (" + (p + 1) + ")");
    assertTrue(maxPoolSize.get() <= p + 1, "getPoolSize() reached " + maxPoolSize.get());
    assertTrue(maxLive.get() <= p + 1, "live workers reached " + maxLive.get());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void nestedFolds_onAThreadPool_runInlineAndNeverDeadlock(int threads) throws Exception {
    long expected = nested(SequentialExecutor.instance(), FoldOptions.defaults());
    ExecutorService service = Executors.newFixedThreadPool(threads);
    try {
      FoldExecutor exec = ThreadPoolFoldExecutor.on(service, threads);
      for (FoldOptions opts : new FoldOptions[] {Fixtures.fixed(1), FoldOptions.defaults()}) {
        long got =
            assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> nested(exec, opts),
                "deadlock in nested folds on a thread pool of " + threads);
        assertEquals(expected, got);
      }
    } finally {
      service.shutdownNow();
      service.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void nestedFolds_onTheCommonPool_equalSequential() {
    long expected = nested(SequentialExecutor.instance(), FoldOptions.defaults());
    long got =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> nested(ForkJoinExecutor.shared(), Fixtures.fixed(1)),
            "deadlock in nested folds on the common pool");
    assertEquals(expected, got);
  }
}
