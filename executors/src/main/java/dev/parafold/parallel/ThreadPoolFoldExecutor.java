package dev.parafold.parallel;

import dev.parafold.exec.ChunkPlan;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import dev.parafold.exec.Scheduler;
import dev.parafold.exec.SplitDriver;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Folds on a plain {@link ExecutorService} that the caller supplies, for applications that must run
 * their work on their own threads (a container-managed pool, threads with a security or logging
 * context). Use {@link ForkJoinExecutor} otherwise: it splits adaptively and helps instead of
 * waiting.
 *
 * <pre>{@code
 * ExecutorService threads = Executors.newFixedThreadPool(4);
 * FoldExecutor exec = ThreadPoolFoldExecutor.on(threads, 4);
 * long n = exec.fold(Sources.range(0, 1_000_000), Reducers.count(), FoldOptions.defaults());
 * }</pre>
 *
 * @implSpec
 *     <ul>
 *       <li>A thin adapter: the {@link SplitDriver} splits, merges in encounter order, stops early,
 *           decides which failure the caller sees and polls cancellation, exactly as for {@link
 *           ForkJoinExecutor} and {@link SplitTreeExecutor} (the same split tree for a {@code
 *           fixed} or {@code random} policy). This class gives it a join: submit the right half to
 *           the service, fold the left half here, then fold the right half here too if no pool
 *           thread has started it, or wait for it.
 *       <li>At most {@code 2 x parallelism} submitted halves are unfinished at once ({@code
 *           maxParallelism - 1} under a cap, so at most {@code maxParallelism} threads fold);
 *           beyond that, and when the service rejects work or is shut down, halves run on the
 *           thread that joins them. Every wait is for a half that is running, so a saturated pool
 *           cannot stall the fold.
 *       <li>A {@link dev.parafold.exec.CancelHandle}, a timeout or an interrupt of the waiting
 *           caller end the fold with {@link dev.parafold.exec.FoldCancelledException} or {@link
 *           dev.parafold.exec.FoldTimeoutException} (the interrupt flag is restored); the call
 *           returns or throws only after every half it submitted has finished or was never started.
 *       <li>A fold started from inside a chunk that this executor runs (a nested fold) runs inline
 *           on the current thread as a {@link SplitTreeExecutor} would.
 *     </ul>
 *
 * @implNote The service is never shut down by this executor. Waiting is by short timed waits (20
 *     ms) so that a cancel handle or a deadline is noticed even when every pool thread is busy
 *     elsewhere.
 * @since 0.1
 */
public final class ThreadPoolFoldExecutor implements FoldExecutor {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /** The services whose chunks the current thread is running (nested folds run inline). */
  private static final ThreadLocal<ExecutorService> RUNNING_IN = new ThreadLocal<>();

  private final ExecutorService service;
  private final int parallelism;

  private ThreadPoolFoldExecutor(ExecutorService service, int parallelism) {
    this.service = service;
    this.parallelism = parallelism;
  }

  /**
   * An executor on {@code service}, assuming {@code parallelism} threads.
   *
   * @throws IllegalArgumentException if {@code parallelism < 1}
   */
  public static ThreadPoolFoldExecutor on(ExecutorService service, int parallelism) {
    Objects.requireNonNull(service, "service");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    return new ThreadPoolFoldExecutor(service, parallelism);
  }

  /**
   * An executor on {@code service}; its parallelism is the maximum pool size of a {@link
   * ThreadPoolExecutor} (at most the number of processors times 4), the parallelism of a {@link
   * ForkJoinPool}, and the number of processors otherwise.
   */
  public static ThreadPoolFoldExecutor on(ExecutorService service) {
    Objects.requireNonNull(service, "service");
    int cpus = Runtime.getRuntime().availableProcessors();
    int p = cpus;
    if (service instanceof ThreadPoolExecutor) {
      p = Math.min(((ThreadPoolExecutor) service).getMaximumPoolSize(), 4 * cpus);
    } else if (service instanceof ForkJoinPool) {
      p = ((ForkJoinPool) service).getParallelism();
    }
    return new ThreadPoolFoldExecutor(service, Math.max(1, p));
  }

  @Override
  public <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> r, FoldOptions options) {
    Objects.requireNonNull(options, "options");
    if (RUNNING_IN.get() == service) {
      return new SplitTreeExecutor(parallelism).fold(source, r, options);
    }
    int window =
        options.maxParallelism() > 0
            ? Math.min(parallelism, options.maxParallelism()) - 1
            : 2 * parallelism;
    return SplitDriver.fold(source, r, options, new PoolScheduler(this, window));
  }

  @Override
  public ChunkPlan plan(Source<?> source, FoldOptions options) {
    return SplitDriver.plan(source, options, parallelism);
  }

  @Override
  public int parallelism() {
    return parallelism;
  }

  @Override
  public String describe() {
    return "thread-pool("
        + service.getClass().getSimpleName()
        + ", parallelism "
        + parallelism
        + ")";
  }

  // ---- the scheduling primitive
  // ------------------------------------------------------------------

  /*
   * join: submit the right half to the service (at most `window` submitted halves unfinished at
   * once; beyond that, or when the service rejects it, the right half runs here after the left),
   * run the left half here, then claim the right half: if no pool thread has started it, it runs
   * here; otherwise wait for it. Every wait is for a half that is running, so a saturated pool, a
   * shut-down one, or halves that wait for halves cannot deadlock. Waits are 20 ms slices, so a
   * cancel handle or a deadline is noticed while every pool thread is busy elsewhere.
   */
  private static final class PoolScheduler implements Scheduler {
    private final ThreadPoolFoldExecutor exec;
    private final int window;
    private final Thread caller = Thread.currentThread();
    private final AtomicInteger submitted = new AtomicInteger();
    private volatile FoldRun run;
    private volatile boolean callerInterrupted;

    PoolScheduler(ThreadPoolFoldExecutor exec, int window) {
      this.exec = exec;
      this.window = window;
    }

    @Override
    public int parallelism() {
      return exec.parallelism;
    }

    @Override
    public void root(Task root, FoldRun run) {
      this.run = run;
      try {
        root.run(false);
      } finally {
        if (callerInterrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    @Override
    public void join(Task left, Task right) {
      if (submitted.incrementAndGet() > window) {
        submitted.decrementAndGet();
        left.run(false);
        right.run(false);
        return;
      }
      PoolHalf half = new PoolHalf(this, right);
      try {
        exec.service.execute(half);
      } catch (RejectedExecutionException e) {
        // the pool said no: the claim below runs the half here
      }
      try {
        left.run(false);
      } finally { // even if the left half threw: no half outlives the join
        if (half.claim()) {
          half.runClaimed(false);
        } else {
          await(half);
        }
      }
    }

    private void await(PoolHalf half) {
      boolean interrupted = false;
      while (true) {
        try {
          if (half.finished.await(POLL_NANOS, TimeUnit.NANOSECONDS)) {
            break;
          }
          run.stopRequested(); // notices a cancel handle or a deadline while the pool is busy
        } catch (InterruptedException e) {
          if (Thread.currentThread() == caller) {
            callerInterrupted = true; // await() cleared the flag: stop the run directly
            run.interrupted();
          } else {
            interrupted = true; // a pool thread: its pool's business, restored below
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A right half: runs on a pool thread or on the joining thread, whichever claims it first. */
  private static final class PoolHalf implements Runnable {
    private final PoolScheduler scheduler;
    private final Scheduler.Task task;
    private final AtomicBoolean claimed = new AtomicBoolean();
    final CountDownLatch finished = new CountDownLatch(1);

    PoolHalf(PoolScheduler scheduler, Scheduler.Task task) {
      this.scheduler = scheduler;
      this.task = task;
    }

    boolean claim() {
      return claimed.compareAndSet(false, true);
    }

    @Override
    public void run() {
      if (claim()) {
        runClaimed(true);
      }
    }

    void runClaimed(boolean onPool) {
      ExecutorService outer = RUNNING_IN.get();
      if (onPool) {
        RUNNING_IN.set(scheduler.exec.service);
      }
      try {
        task.run(onPool);
      } finally {
        if (onPool) {
          if (outer == null) {
            RUNNING_IN.remove();
          } else {
            RUNNING_IN.set(outer);
          }
        }
        scheduler.submitted.decrementAndGet();
        finished.countDown();
      }
    }
  }
}
