package dev.parafold.examples;

import dev.parafold.Fold;
import dev.parafold.files.ProgressListener;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every job shares (a picocli mixin): parallel or sequential, the pool size, the
 * progress bar and the number of timed rounds. It also runs both versions of a job the same way: a
 * parafold fold on the chosen executor, and a {@code java.util.stream} pipeline sequential or
 * parallel in the same pool.
 */
final class RunOptions implements AutoCloseable {

  /** {@code --parallel} or {@code --sequential}; neither given means the job's default. */
  static final class Mode {
    @Option(
        names = "--parallel",
        description = "Run parallel (the default for file jobs).",
        required = true)
    boolean parallel;

    @Option(names = "--sequential", description = "Run on the calling thread.", required = true)
    boolean sequential;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Mode mode;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parallel runs use a ForkJoinPool of N threads (default: the common pool).")
  Integer threads;

  @Option(names = "--progress", description = "Show a progress bar on stderr (file jobs).")
  boolean progress;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Timed rounds of each version; the best is shown (default ${DEFAULT-VALUE}).")
  int rounds = 1;

  private ForkJoinPool pool;

  /** Whether this run is parallel; {@code byDefault} when neither flag was given. */
  boolean parallel(boolean byDefault) {
    return mode == null ? byDefault : mode.parallel;
  }

  /** Whether the user chose a mode. */
  boolean modeGiven() {
    return mode != null;
  }

  /** The pool of {@code --threads}, or the common pool. */
  ForkJoinPool pool() {
    if (threads == null) {
      return ForkJoinPool.commonPool();
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
    }
    if (pool == null) {
      pool = new ForkJoinPool(threads);
    }
    return pool;
  }

  /** {@code fold} on the chosen executor. */
  <T> Fold<T> on(Fold<T> fold, boolean parallel) {
    if (!parallel) {
      return fold.sequential();
    }
    return threads == null ? fold.parallel() : fold.on(pool());
  }

  /**
   * Runs a {@code java.util.stream} job: directly when sequential or on the common pool, else
   * inside the {@code --threads} pool, so that its parallel streams run on that pool's workers.
   */
  <R> R streams(Callable<R> job, boolean parallel) throws Exception {
    if (!parallel || threads == null) {
      return job.call();
    }
    try {
      return pool().submit(job).get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw e;
    }
  }

  /** A progress bar for a run named {@code label}, or {@code null} without {@code --progress}. */
  ProgressListener progress(String label) {
    return progress ? new ProgressBar(label, System.err) : null;
  }

  /** How the runs are made, for the report. */
  String describe(boolean parallel) {
    if (!parallel) {
      return "sequential";
    }
    return "parallel, "
        + (threads == null
            ? "common pool (" + ForkJoinPool.getCommonPoolParallelism() + " threads)"
            : "ForkJoinPool(" + threads + ")");
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
