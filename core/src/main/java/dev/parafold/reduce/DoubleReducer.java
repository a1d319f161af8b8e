package dev.parafold.reduce;

/**
 * A {@link Reducer} that also takes unboxed {@code double} elements; see {@link LongReducer}.
 *
 * @param <A> accumulator type
 * @param <R> result type
 * @since 0.1
 */
public interface DoubleReducer<A, R> extends Reducer<Double, A, R> {

  /** Folds one {@code double} into {@code acc}; may mutate and return it. */
  A stepDouble(A acc, double x);

  @Override
  default A step(A acc, Double x) {
    return stepDouble(acc, x);
  }

  /** Views any reducer of {@code Double}s as a {@code DoubleReducer}, boxing only if it must. */
  @SuppressWarnings("unchecked")
  static <A, R> DoubleReducer<A, R> of(Reducer<? super Double, A, R> r) {
    if (r instanceof DoubleReducer) {
      return (DoubleReducer<A, R>) r;
    }
    return new BoxingDoubleReducer<>(r);
  }
}
