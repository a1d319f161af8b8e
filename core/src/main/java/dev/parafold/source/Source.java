package dev.parafold.source;

import dev.parafold.reduce.Reducer;

/**
 * A reducible, splittable source of elements: it folds itself with the hot loop inside (internal
 * iteration, no per-element call but the reducer's step) and splits itself into chunks for parallel
 * folds.
 *
 * @implSpec
 *     <ul>
 *       <li>{@link #open()} is called once per fold run. Re-runnable sources (arrays, lists,
 *           ranges) return themselves; single-pass ones (iterators, spliterators) return
 *           run-private state.
 *       <li>{@link #split()} returns a prefix and the rest, or {@code null} if it cannot split.
 *           Each element is in exactly one half; sizes add up when known.
 *       <li>A {@link #sized()} source splits exactly: {@link #splitAt(long)} for any {@code 0 < at
 *           < size()}.
 *       <li>A {@link #batched()} source (iterators of unknown size) does not split; the executor
 *           pulls bounded batches from it with {@link #nextBatch(int)} on one thread at a time.
 *       <li>{@link #reduce} folds every element in encounter order, stopping early when the reducer
 *           reports {@link Reducer#isDone} (checked only if {@link Reducer#mayStop()}) or when
 *           {@code stop} asks (polled at least every {@link Stop#CHECK_INTERVAL} elements).
 *     </ul>
 *
 * @param <T> element type
 * @since 0.1
 */
public interface Source<T> {

  /** The exact number of elements, or {@code -1} if unknown. */
  long size();

  /**
   * An estimate of the number of elements, used only to size chunks: {@link #size()} when known,
   * otherwise the source's best guess (a spliterator's {@code estimateSize()}), or {@code -1}.
   * Executors use it to stop splitting sources whose exact size is lost after a split (the halves
   * of a {@code HashSet}'s spliterator), instead of splitting them down to single elements.
   */
  default long estimateSize() {
    return size();
  }

  /** Whether {@link #size()} is exact and {@link #splitAt(long)} works. */
  default boolean sized() {
    return size() >= 0;
  }

  /** Run-private view of this source; sources that are values return {@code this}. */
  default Source<T> open() {
    return this;
  }

  /** Whether the source can be folded more than once (false for iterators and streams). */
  default boolean reusable() {
    return true;
  }

  /** Splits off a prefix; {@code null} if this source cannot split (further). */
  default Split<T> split() {
    long n = size();
    return n >= 2 ? splitAt(n / 2) : null;
  }

  /** Splits into the first {@code leftSize} elements and the rest; sized sources only. */
  default Split<T> splitAt(long leftSize) {
    throw new UnsupportedOperationException(describe() + " cannot split at an index");
  }

  /** Whether the executor should pull batches with {@link #nextBatch} instead of splitting. */
  default boolean batched() {
    return false;
  }

  /**
   * Removes up to {@code max} elements from the front and returns them as a sized source, or {@code
   * null} when exhausted. Batched sources only; called by one thread at a time.
   */
  default Source<T> nextBatch(int max) {
    throw new UnsupportedOperationException(describe() + " is not a batched source");
  }

  /**
   * Folds the elements into {@code acc} in encounter order and returns the accumulator; returns
   * early when {@code r.isDone(acc)} or {@code stop.stopRequested()}.
   */
  <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop);

  /** A short description for explain output and error messages. */
  String describe();
}
