package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;

/**
 * Runs a fold: opens the source, splits it into chunks as its policy says, folds each chunk with a
 * fresh accumulator from {@link Reducer#init(long)}, merges chunk results with {@link
 * Reducer#combine} in encounter order, and completes. The one interface between a pipeline and the
 * machinery that runs it; an executor is a value chosen per call.
 *
 * @implSpec An executor returns or throws only after every chunk it started has stopped. The first
 *     exception a chunk throws is rethrown as the same instance.
 * @since 0.1
 */
public interface FoldExecutor {

  /** Folds {@code source} with {@code reducer} and returns the completed result. */
  <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> reducer, FoldOptions options);

  /** How many chunks this executor may fold at once. */
  int parallelism();

  /**
   * Whether pipelines may hand this executor per-pipeline class copies of their reducers and
   * sources ({@link Specializer}). Executors that serialize work to other processes say no.
   */
  default boolean specializes() {
    return true;
  }

  /** A short description for explain output. */
  String describe();

  /**
   * The chunks this executor would cut {@code source} into, for explain output; {@code null} if it
   * does not say. Executors built on the {@link SplitDriver} answer with {@link SplitDriver#plan}.
   */
  default ChunkPlan plan(Source<?> source, FoldOptions options) {
    return null;
  }
}
