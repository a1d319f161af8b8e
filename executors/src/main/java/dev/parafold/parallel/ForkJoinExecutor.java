package dev.parafold.parallel;

import dev.parafold.exec.ChunkPlan;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SplitDriver;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds on a work-stealing {@link ForkJoinPool}: the default executor of {@code Fold.parallel()}.
 *
 * <p>Which pool runs the chunks:
 *
 * <ul>
 *   <li>{@link #shared()} uses {@link ForkJoinPool#commonPool()}: no threads of our own, shared
 *       with parallel streams and {@code CompletableFuture}, and the calling thread works as one
 *       more worker (so on 2 cores a fold runs on 2 threads although the common pool has 1).
 *   <li>{@link #on(ForkJoinPool)} uses a pool the caller owns; the caller waits.
 *   <li>A fold started from inside any fork/join worker (a nested fold) runs in that worker's pool,
 *       joining by helping: it starts no thread and never blocks a worker on another pool.
 * </ul>
 *
 * <p>A thin adapter: the {@link SplitDriver} splits, merges, stops and reports failures; this class
 * gives it fork/join's join (see {@code ForkJoinScheduler}).
 *
 * @since 0.1
 */
public final class ForkJoinExecutor implements FoldExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(ForkJoinExecutor.class);
  private static final ForkJoinExecutor SHARED = new ForkJoinExecutor(null);

  private final ForkJoinPool pool; // null: the common pool, with the caller helping

  private ForkJoinExecutor(ForkJoinPool pool) {
    this.pool = pool;
  }

  /** The executor on the common pool. */
  public static ForkJoinExecutor shared() {
    return SHARED;
  }

  /** An executor on a pool the caller owns (and shuts down). */
  public static ForkJoinExecutor on(ForkJoinPool pool) {
    return new ForkJoinExecutor(Objects.requireNonNull(pool, "pool"));
  }

  @Override
  public <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> r, FoldOptions options) {
    boolean nested = ForkJoinTask.inForkJoinPool();
    ForkJoinPool target = nested ? ForkJoinTask.getPool() : pool;
    ForkJoinScheduler scheduler = new ForkJoinScheduler(target, nested, parallelism(target));
    if (!LOG.isDebugEnabled()) {
      return SplitDriver.fold(source, r, options, scheduler);
    }
    long start = System.nanoTime();
    R result = SplitDriver.fold(source, r, options, scheduler);
    LOG.debug(
        "fold of {} with {}: {} us",
        source.describe(),
        r.describe(),
        (System.nanoTime() - start) / 1000);
    return result;
  }

  @Override
  public ChunkPlan plan(Source<?> source, FoldOptions options) {
    return SplitDriver.plan(source, options, parallelism());
  }

  private static int parallelism(ForkJoinPool target) {
    if (target == null) {
      return ForkJoinPool.getCommonPoolParallelism() + 1; // the caller works too
    }
    return target.getParallelism();
  }

  @Override
  public int parallelism() {
    return parallelism(pool);
  }

  @Override
  public String describe() {
    return pool == null
        ? "fork/join(common pool, parallelism " + parallelism() + " incl. caller)"
        : "fork/join(own pool, parallelism " + pool.getParallelism() + ")";
  }
}
