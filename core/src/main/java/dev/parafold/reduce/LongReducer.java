package dev.parafold.reduce;

/**
 * A {@link Reducer} that also takes unboxed {@code long} elements. Sources of {@code long}s
 * (arrays, ranges) call {@link #stepLong} and never box; the boxed {@link #step} delegates to it.
 *
 * <p><b>The scalar step.</b> A reducer whose whole state is one {@code long} (a sum, a count, an
 * extreme) can also fold into a {@code long} that the source loop keeps in a local variable, so
 * that the JIT holds it in a register instead of loading and storing a heap cell per element:
 *
 * <pre>{@code
 * if (r.scalarReady(acc)) {
 *   long s = r.loadScalar(acc);
 *   for (...) s = r.stepScalar(s, x);   // no heap access for the accumulator
 *   acc = r.storeScalar(acc, s);
 * }
 * }</pre>
 *
 * A terminal takes part by overriding all four scalar methods; a stateless one-to-one or filtering
 * stage takes part by passing them to its downstream ({@code stepScalar} after its own work, the
 * other three unchanged); everything else keeps the defaults and so the {@link #stepLong} path.
 *
 * @implSpec Folding elements with {@code stepScalar} between a {@code loadScalar} and a {@code
 *     storeScalar} leaves the same accumulator as folding them with {@code stepLong}. {@code
 *     scalarReady} is {@code false} unless the chain down to the terminal takes part; it may become
 *     {@code true} only after some elements (an extreme needs its first element), never on a
 *     reducer that {@link #mayStop() may stop}.
 * @param <A> accumulator type
 * @param <R> result type
 * @since 0.1
 */
public interface LongReducer<A, R> extends Reducer<Long, A, R> {

  /** Folds one {@code long} into {@code acc}; may mutate and return it. */
  A stepLong(A acc, long x);

  @Override
  default A step(A acc, Long x) {
    return stepLong(acc, x);
  }

  /**
   * Whether the next elements may be folded with {@link #stepScalar} into {@link #loadScalar}{@code
   * (acc)}. Called once per block of elements, not per element.
   *
   * @since 0.2
   */
  default boolean scalarReady(A acc) {
    return false;
  }

  /**
   * The state of {@code acc} as the one {@code long} that {@link #stepScalar} folds into; only when
   * {@link #scalarReady}.
   *
   * @since 0.2
   */
  default long loadScalar(A acc) {
    throw new UnsupportedOperationException(describe() + " has no scalar step");
  }

  /**
   * Puts the scalar {@code s} (from {@link #loadScalar} and {@link #stepScalar}) back into {@code
   * acc} and returns it.
   *
   * @since 0.2
   */
  default A storeScalar(A acc, long s) {
    throw new UnsupportedOperationException(describe() + " has no scalar step");
  }

  /**
   * Folds one {@code long} into the scalar state {@code s}; only between {@link #loadScalar} and
   * {@link #storeScalar}.
   *
   * @since 0.2
   */
  default long stepScalar(long s, long x) {
    throw new UnsupportedOperationException(describe() + " has no scalar step");
  }

  /**
   * Whether {@link #stepLongs} and {@link #stepInts} fold a slice of an array faster than {@link
   * #stepLong} per element: a stage that copies runs of elements (partitionAll). Array sources then
   * hand it each block whole; never asked of a reducer that {@link #mayStop() may stop}.
   *
   * @since 0.2
   */
  default boolean takesSlices() {
    return false;
  }

  /**
   * Folds {@code a[from..to)} in order: the same as {@link #stepLong} on each element.
   *
   * @since 0.2
   */
  default A stepLongs(A acc, long[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      acc = stepLong(acc, a[i]);
    }
    return acc;
  }

  /**
   * Folds {@code a[from..to)}, widened, in order: the same as {@link #stepLong} on each element.
   *
   * @since 0.2
   */
  default A stepInts(A acc, int[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      acc = stepLong(acc, a[i]);
    }
    return acc;
  }

  /** Views any reducer of {@code Long}s as a {@code LongReducer}, boxing only if it must. */
  @SuppressWarnings("unchecked")
  static <A, R> LongReducer<A, R> of(Reducer<? super Long, A, R> r) {
    if (r instanceof LongReducer) {
      return (LongReducer<A, R>) r;
    }
    return new BoxingLongReducer<>(r);
  }
}
