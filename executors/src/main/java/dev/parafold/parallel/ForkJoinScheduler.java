package dev.parafold.parallel;

import dev.parafold.exec.FoldRun;
import dev.parafold.exec.Scheduler;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/*
 * The fork/join scheduling primitive for the split-tree driver.
 *
 * join: fork the right half, run the left half here, then join the right half without ever
 * blocking a worker (helpJoin): run it here if it is still in the local deque (the common case),
 * otherwise run this worker's own queued tasks (forks of frames further up this stack or of an
 * enclosing fold: work that has to be done anyway) and park for 20 us at a time when there are
 * none. ForkJoinTask.join would instead, with nothing to help, ask the pool for a compensation
 * thread, which let a pool of p reach p + 2 under nested folds; NestingTest checks p + 1.
 * The right half learns it was stolen when it runs on another thread than the one that forked it.
 *
 * root: on the common pool, or when the caller is already a worker (a nested fold, which then
 * forks into that worker's pool), the root runs on the caller. On a pool the caller owns, the root
 * is submitted and the caller waits in 20 ms slices; if the run is stopped (cancel, deadline,
 * interrupt) while the root is still queued behind other work, the caller claims it (a CAS the
 * root also makes) so that it never runs, and returns at once. A started root is always waited for.
 *
 * Memory ordering: fork happens-before the forked task runs; its completion happens-before
 * isDone/quietlyJoin return true.
 */
final class ForkJoinScheduler implements Scheduler {
  private static final long POLL_MILLIS = 20;

  private final ForkJoinPool pool; // null: the common pool with the caller helping
  private final boolean nested;
  private final int parallelism;

  ForkJoinScheduler(ForkJoinPool pool, boolean nested, int parallelism) {
    this.pool = pool;
    this.nested = nested;
    this.parallelism = parallelism;
  }

  @Override
  public int parallelism() {
    return parallelism;
  }

  @Override
  public boolean callerIsWorker() {
    return nested;
  }

  @Override
  public void join(Task left, Task right) {
    RightHalf half = new RightHalf(right, Thread.currentThread());
    half.fork();
    try {
      left.run(false);
    } finally {
      RightHalf.helpJoin(half); // even if the left half threw: no half outlives the join
    }
  }

  @Override
  public void root(Task root, FoldRun run) {
    if (pool == null || nested) {
      root.run(false); // forks go to the common pool, or to the enclosing worker's pool
      return;
    }
    RootTask task = new RootTask(root);
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      throw rejected(e, root);
    }
    awaitRoot(task, run);
  }

  /** The pool refused the fold's root task: say which fold, which pool and why. */
  private RejectedExecutionException rejected(RejectedExecutionException e, Task root) {
    return new RejectedExecutionException(
        "fold of "
            + root.describe()
            + ": its ForkJoinPool (parallelism "
            + pool.getParallelism()
            + ")"
            + (pool.isShutdown()
                ? " is shut down; fold on a running pool, or on ForkJoinExecutor.shared()"
                : " rejected the fold's task"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")),
        e);
  }

  /** A right half, forked. */
  private static final class RightHalf extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient Task task;
    private final transient Thread forker;

    RightHalf(Task task, Thread forker) {
      this.task = task;
      this.forker = forker;
    }

    @Override
    protected void compute() {
      task.run(Thread.currentThread() != forker);
    }

    /**
     * Waits for {@code t} without letting the pool add threads: runs it here if it is still queued
     * locally, otherwise runs this worker's own queued tasks and parks briefly until the thief
     * finishes; a thread outside any pool waits as usual.
     */
    static void helpJoin(ForkJoinTask<?> t) {
      if (t.isDone()) {
        return;
      }
      if (!ForkJoinTask.inForkJoinPool()) {
        t.quietlyJoin();
        return;
      }
      if (t.tryUnfork()) {
        t.quietlyInvoke();
        return;
      }
      int idle = 0;
      while (!t.isDone()) {
        ForkJoinTask<?> local = pollTask();
        if (local != null) {
          local.quietlyInvoke();
          idle = 0;
        } else if (++idle < 64) {
          Thread.onSpinWait();
        } else {
          LockSupport.parkNanos(t, 20_000L);
        }
      }
    }
  }

  /** The root of a fold submitted to a pool the caller owns; runs at most once, if claimed. */
  private static final class RootTask extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient Task task;
    private final AtomicBoolean claimed = new AtomicBoolean();

    RootTask(Task task) {
      this.task = task;
    }

    boolean claim() {
      return claimed.compareAndSet(false, true);
    }

    @Override
    protected void compute() {
      if (claim()) {
        task.run(false);
      }
    }
  }

  private static void awaitRoot(RootTask root, FoldRun run) {
    boolean interrupted = false;
    try {
      while (!root.isDone()) {
        try {
          root.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // poll below
        } catch (InterruptedException e) {
          interrupted = true; // get() cleared the flag: tell the workers directly
          run.interrupted();
        } catch (ExecutionException | CancellationException e) {
          break; // not reached: tasks never throw, the driver records every failure
        }
        if (run.stopRequested() && root.claim()) {
          break; // stopped before any worker took the root: nothing ran, nothing will
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
