package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import java.util.Objects;

/**
 * Folds the whole source as one chunk on the calling thread: the reference every other executor
 * must agree with. Honours cancellation and deadlines.
 *
 * @since 0.1
 */
public final class SequentialExecutor implements FoldExecutor {
  private static final SequentialExecutor INSTANCE = new SequentialExecutor();

  private SequentialExecutor() {}

  /** The shared instance. */
  public static SequentialExecutor instance() {
    return INSTANCE;
  }

  @Override
  public <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> r, FoldOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(r, "reducer");
    Objects.requireNonNull(options, "options");
    FoldRun run = new FoldRun(options);
    run.watchInterruptsOf(Thread.currentThread()); // an interrupt of the caller stops the fold
    Source<T> open = source.open();
    A acc = r.init(0);
    // Folds nested in this one stop with it. Only a cancel handle, a deadline or an enclosing fold
    // can stop it while a nested fold runs (an interrupt of this thread stops the nested fold
    // itself), so a plain fold skips the thread-local mark and its cost.
    boolean mark = options.cancelHandle() != null || options.timeout() != null || run.isNested();
    dev.parafold.source.Stop outer = mark ? FoldRun.enterChunk(run) : null;
    try {
      if (!(r.mayStop() && r.isDone(acc))) { // done from the start: no element is stepped
        acc = open.reduce(r, acc, run);
      }
    } catch (RuntimeException | Error e) {
      run.fail(e, null);
    } finally {
      if (mark) {
        FoldRun.exitChunk(outer);
      }
    }
    run.throwIfStopped();
    return r.complete(acc);
  }

  @Override
  public int parallelism() {
    return 1;
  }

  @Override
  public ChunkPlan plan(Source<?> source, FoldOptions options) {
    return new ChunkPlan(1, true, "one chunk, on the calling thread");
  }

  @Override
  public String describe() {
    return "sequential";
  }
}
