package dev.parafold.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Sources;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The left-to-right sweep of folds that may stop early: a merge that throws (on whichever thread
 * merges) ends the fold with that throwable, with no hang and no chunk left running.
 */
final class SweepTest {

  /** Counts elements; may stop (never does); its combine throws {@code boom}. */
  static final class ThrowingCombine implements Reducer<Long, long[], Long> {
    private static final long serialVersionUID = 1L;
    final transient Throwable boom;
    final transient AtomicLong steps;

    ThrowingCombine(Throwable boom, AtomicLong steps) {
      this.boom = boom;
      this.steps = steps;
    }

    @Override
    public long[] init() {
      return new long[1];
    }

    @Override
    public long[] step(long[] acc, Long t) {
      steps.incrementAndGet();
      acc[0]++;
      return acc;
    }

    @Override
    public long[] combine(long[] left, long[] right) {
      if (boom instanceof Error) {
        throw (Error) boom;
      }
      throw (RuntimeException) boom;
    }

    @Override
    public Long complete(long[] acc) {
      return acc[0];
    }

    @Override
    public boolean mayStop() {
      return true; // sized inputs over 2,048 elements are swept
    }
  }

  @Test
  void aMergeThatThrows_endsTheFold_withThatThrowable_andNothingRunning() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<FoldExecutor> execs =
          List.of(
              ForkJoinExecutor.on(pool),
              ForkJoinExecutor.shared(),
              ThreadPoolFoldExecutor.on(threads, 2),
              new SplitTreeExecutor(2));
      for (FoldExecutor e : execs) {
        for (FoldOptions o :
            List.of(FoldOptions.defaults(), Fixtures.fixed(1000), Fixtures.fixed(100))) {
          for (int run = 0; run < 20; run++) {
            Throwable boom =
                run % 2 == 0 ? new AssertionError("merge " + run) : new IllegalStateException();
            AtomicLong steps = new AtomicLong();
            Throwable got =
                assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () ->
                        assertThrows(
                            Throwable.class,
                            () ->
                                e.fold(
                                    Sources.range(0, 200_000),
                                    new ThrowingCombine(boom, steps),
                                    o)),
                    e.describe() + " " + o);
            assertSame(boom, got, e.describe() + " " + o);
            long after = steps.get();
            Thread.sleep(2);
            assertEquals(after, steps.get(), e.describe() + ": elements stepped after the throw");
          }
        }
      }
    } finally {
      pool.shutdownNow();
      threads.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
