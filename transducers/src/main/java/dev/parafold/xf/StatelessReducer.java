package dev.parafold.xf;

import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;

/**
 * Base of the stateless stages' reducers (map, filter, keep, flatMap, ...): the accumulator is the
 * downstream's and everything but {@code step} forwards to it. A subclass holds its function and
 * overrides {@code step}; this class supplies the offsets and the stage's name.
 *
 * @param <T> elements stepped in
 * @param <U> elements passed downstream
 * @param <A> the downstream's accumulator, also this reducer's
 * @param <R> result type
 */
abstract class StatelessReducer<T, U, A, R> extends ForwardingReducer<T, U, A, R> {
  private static final long serialVersionUID = 1L;

  /** The operation and its arguments, as explain output shows it: {@code "filter"}. */
  private final String operation;

  /** Each element gives exactly one downstream, so offsets pass through unchanged. */
  private final boolean oneToOne;

  StatelessReducer(Reducer<? super U, A, R> down, String operation, boolean oneToOne) {
    super(down);
    this.operation = operation;
    this.oneToOne = oneToOne;
  }

  /** One-to-one stages pass the offset through; others know only that 0 stays 0. */
  @Override
  public final A init(long offset) {
    return down.init(oneToOne || offset == 0 ? offset : UNKNOWN_OFFSET);
  }

  @Override
  public final String describe() {
    return operation + " -> " + down.describe();
  }
}
