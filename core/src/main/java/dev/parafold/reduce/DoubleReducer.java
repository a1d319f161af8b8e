package dev.parafold.reduce;

/**
 * A {@link Reducer} that also takes unboxed {@code double} elements; see {@link LongReducer}, also
 * for the scalar step, whose state here is one {@code double} (an extreme, a {@code reduce} with an
 * operator; a compensated sum needs more than one and keeps its cell).
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

  /**
   * Whether the next elements may be folded with {@link #stepScalar} into {@link #loadScalar}{@code
   * (acc)}; see {@link LongReducer#scalarReady}.
   *
   * @since 0.2
   */
  default boolean scalarReady(A acc) {
    return false;
  }

  /**
   * The state of {@code acc} as the one {@code double} that {@link #stepScalar} folds into.
   *
   * @since 0.2
   */
  default double loadScalar(A acc) {
    throw new UnsupportedOperationException(describe() + " has no scalar step");
  }

  /**
   * Puts the scalar {@code s} back into {@code acc} and returns it.
   *
   * @since 0.2
   */
  default A storeScalar(A acc, double s) {
    throw new UnsupportedOperationException(describe() + " has no scalar step");
  }

  /**
   * Folds one {@code double} into the scalar state {@code s}.
   *
   * @since 0.2
   */
  default double stepScalar(double s, double x) {
    throw new UnsupportedOperationException(describe() + " has no scalar step");
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
