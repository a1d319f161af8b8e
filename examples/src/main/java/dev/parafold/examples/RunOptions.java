package dev.parafold.examples;

import dev.parafold.Fold;
import dev.parafold.files.ProgressListener;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  Integer threads;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parallel runs use a ForkJoinPool of N threads (default: the common pool).")
  void threads(int n) {
    if (n < 1) {
      throw Usage.error(spec, "--threads must be >= 1, was " + n);
    }
    threads = n;
  }

  @Option(names = "--progress", description = "Show a progress bar on stderr (file jobs).")
  boolean progress;

  int rounds = 1;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Timed rounds of each version; the best is shown (default 1).")
  void rounds(int n) {
    if (n < 1) {
      throw Usage.error(spec, "--rounds must be >= 1, was " + n);
    }
    rounds = n;
  }

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

  /**
   * How the runs are made, for the report, with the number of threads that really run: a fold or a
   * parallel stream on the common pool runs on its workers and on the calling thread, which
   * computes too; in a pool of its own, on that pool's threads (the caller waits).
   */
  String describe(boolean parallel) {
    if (!parallel) {
      return "sequential (1 thread)";
    }
    if (threads == null) {
      int workers = ForkJoinPool.getCommonPoolParallelism();
      return "parallel, common pool: "
          + workers
          + (workers == 1 ? " worker" : " workers")
          + " + the calling thread ("
          + (workers + 1)
          + " threads)";
    }
    return "parallel, ForkJoinPool("
        + threads
        + "): "
        + threads
        + (threads == 1 ? " thread" : " threads");
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
