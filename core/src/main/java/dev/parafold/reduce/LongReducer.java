package dev.parafold.reduce;

/**
 * A {@link Reducer} that also takes unboxed {@code long} elements. Sources of {@code long}s
 * (arrays, ranges) call {@link #stepLong} and never box; the boxed {@link #step} delegates to it.
 *
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

  /** Views any reducer of {@code Long}s as a {@code LongReducer}, boxing only if it must. */
  @SuppressWarnings("unchecked")
  static <A, R> LongReducer<A, R> of(Reducer<? super Long, A, R> r) {
    if (r instanceof LongReducer) {
      return (LongReducer<A, R>) r;
    }
    return new BoxingLongReducer<>(r);
  }
}
