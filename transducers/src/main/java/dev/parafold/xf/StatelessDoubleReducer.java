package dev.parafold.xf;

import dev.parafold.reduce.DoubleReducer;

/**
 * Base of the stateless stages from unboxed {@code double}s to unboxed {@code double}s (map,
 * filter, peek): {@link StatelessLongReducer} for the {@code double} lane.
 *
 * @param <A> the downstream's accumulator, also this reducer's
 * @param <R> result type
 */
abstract class StatelessDoubleReducer<A, R> extends StatelessReducer<Double, Double, A, R>
    implements DoubleReducer<A, R> {
  private static final long serialVersionUID = 1L;

  /** The downstream, unboxed. */
  final DoubleReducer<A, R> next;

  StatelessDoubleReducer(DoubleReducer<A, R> down, String operation, boolean oneToOne) {
    super(down, operation, oneToOne);
    this.next = down;
  }

  @Override
  public final boolean scalarReady(A acc) {
    return next.scalarReady(acc);
  }

  @Override
  public final double loadScalar(A acc) {
    return next.loadScalar(acc);
  }

  @Override
  public final A storeScalar(A acc, double s) {
    return next.storeScalar(acc, s);
  }
}
