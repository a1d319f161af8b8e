package dev.parafold.forkjoin;

import dev.parafold.exec.ChunkPolicy;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * <p>See {@code FoldTask} for splitting, merge order, early termination and failure handling.
 *
 * @since 0.1
 */
public final class ForkJoinExecutor implements FoldExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(ForkJoinExecutor.class);
  private static final ForkJoinExecutor SHARED = new ForkJoinExecutor(null);

  private static final long POLL_MILLIS = 20;

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
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(r, "reducer");
    Objects.requireNonNull(options, "options");
    FoldRun control = new FoldRun(options);
    Source<T> open = source.open();
    boolean nested = ForkJoinTask.inForkJoinPool();
    ForkJoinPool target = nested ? ForkJoinTask.getPool() : pool;
    int parallelism = parallelism(target);
    if (options.maxParallelism() > 0) {
      parallelism = Math.min(parallelism, options.maxParallelism());
    }
    if (!nested) {
      control.watchInterruptsOf(Thread.currentThread());
    }
    FoldTask.Shared<T, A> shared =
        new FoldTask.Shared<>(
            r, options.chunks(), parallelism, options.maxParallelism() > 0, control);
    FoldTask<T, A> root = FoldTask.root(shared, open);
    long start = System.nanoTime();
    if (target == null || nested) {
      root.invoke(); // compute here; forks go to the common pool, or to our own pool when nested
    } else {
      try {
        target.execute(root);
      } catch (RejectedExecutionException e) {
        throw rejected(e, target, open);
      }
      awaitRoot(root, control);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "fold of {} with {}: {} chunks, {} stolen, {} us",
          open.describe(),
          r.describe(),
          shared.leaves.sum(),
          shared.steals.sum(),
          (System.nanoTime() - start) / 1000);
    }
    control.throwIfStopped();
    if (!root.ok) {
      throw new IllegalStateException(
          "fold ended without a result: reducer "
              + r.describe()
              + " reported a chunk done but its combine did not stay done");
    }
    return r.complete(root.result);
  }

  /**
   * The caller waits for a root task it submitted to its own pool. It wakes up every {@link
   * #POLL_MILLIS} to see whether the run was stopped (cancel handle, deadline, interrupt) while the
   * root was still queued: then it claims the root so that it never runs, and returns at once. A
   * started root is always waited for, so no chunk outlives the call.
   */
  private static void awaitRoot(FoldTask<?, ?> root, FoldRun control) {
    boolean interrupted = false;
    try {
      while (!root.isDone()) {
        try {
          root.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // poll below
        } catch (InterruptedException e) {
          interrupted = true; // get() cleared the flag: tell the workers directly
          control.interrupted();
        } catch (ExecutionException | CancellationException e) {
          break; // not reached: compute() records every failure in control
        }
        if (control.stopRequested() && root.claimRoot()) {
          break; // stopped before any worker took the root: nothing ran, nothing will
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
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

  /** The pool refused the fold's root task: say which fold, which pool and why. */
  private static RejectedExecutionException rejected(
      RejectedExecutionException e, ForkJoinPool target, Source<?> source) {
    return new RejectedExecutionException(
        "fold of "
            + source.describe()
            + ": its ForkJoinPool (parallelism "
            + target.getParallelism()
            + ")"
            + (target.isShutdown()
                ? " is shut down; fold on a running pool, or on ForkJoinExecutor.shared()"
                : " rejected the fold's task"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")),
        e);
  }

  /** The chunk policy explain output reports for {@code n} elements. */
  public static String describeChunks(ChunkPolicy policy, long n, int parallelism) {
    Objects.requireNonNull(policy, "policy");
    return n < 0
        ? policy
            + ", unknown size: batches of 256 growing to 65536, "
            + 2 * parallelism
            + " in flight"
        : policy + ", " + n + " elements -> chunks of ~" + policy.leafSize(n, parallelism);
  }
}
