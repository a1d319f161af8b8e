package dev.parafold.xf;

import dev.parafold.reduce.LongReducer;

/**
 * Base of the stateless stages from unboxed {@code long}s to unboxed {@code long}s (map, filter,
 * peek, and the {@code int} ones on the same lane): they feed {@link #next} unboxed, and take part
 * in its scalar step when it does (see {@link LongReducer}): a subclass writes {@code stepScalar}
 * as it writes {@code stepLong}, calling {@code next.stepScalar}; the accumulator is its
 * downstream's, so loading and storing it pass through.
 *
 * @param <A> the downstream's accumulator, also this reducer's
 * @param <R> result type
 */
abstract class StatelessLongReducer<A, R> extends StatelessReducer<Long, Long, A, R>
    implements LongReducer<A, R> {
  private static final long serialVersionUID = 1L;

  /** The downstream, unboxed. */
  final LongReducer<A, R> next;

  StatelessLongReducer(LongReducer<A, R> down, String operation, boolean oneToOne) {
    super(down, operation, oneToOne);
    this.next = down;
  }

  @Override
  public final boolean scalarReady(A acc) {
    return next.scalarReady(acc);
  }

  @Override
  public final long loadScalar(A acc) {
    return next.loadScalar(acc);
  }

  @Override
  public final A storeScalar(A acc, long s) {
    return next.storeScalar(acc, s);
  }
}
