package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;

/**
 * Folds on the calling thread, but splits the source exactly as a parallel executor would and
 * combines chunk results in tree order (Transducers.jl's non-threaded divide and conquer). Its
 * results must equal sequential ones for every lawful reducer, which makes it the debugging and
 * law-testing executor: same combine tree as a parallel run, no threads, reproducible.
 *
 * <p>It is the {@link SplitDriver} with a {@link Scheduler} whose join runs the left half, then the
 * right one; nothing is ever stolen, so even {@code auto} chunking is reproducible. Once the chunks
 * to the left are done or failed, the chunks to their right are not folded at all.
 *
 * @since 0.1
 */
public final class SplitTreeExecutor implements FoldExecutor {
  private final Inline scheduler;

  /** Splits as a parallel executor of {@code parallelism} threads would (for the auto policy). */
  public SplitTreeExecutor(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.scheduler = new Inline(parallelism);
  }

  @Override
  public <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> r, FoldOptions options) {
    return SplitDriver.fold(source, r, options, scheduler);
  }

  @Override
  public ChunkPlan plan(Source<?> source, FoldOptions options) {
    return SplitDriver.plan(source, options, scheduler.parallelism);
  }

  @Override
  public int parallelism() {
    return scheduler.parallelism;
  }

  @Override
  public String describe() {
    return "split-tree(" + scheduler.parallelism + ", single thread)";
  }

  /** Left, then right, on the calling thread. */
  private static final class Inline implements Scheduler {
    final int parallelism;

    Inline(int parallelism) {
      this.parallelism = parallelism;
    }

    @Override
    public int parallelism() {
      return parallelism;
    }

    @Override
    public void join(Task left, Task right) {
      left.run(false);
      right.run(false);
    }
  }
}
