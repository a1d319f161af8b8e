package dev.parafold.reduce;

import dev.parafold.fn.BinOp;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.Fn2;
import java.util.Objects;

/**
 * A reducer made of four functions: what {@link Reducers#of} returns, and the shape of the
 * catalog's reducers that need nothing more (reducing, last, joining, ...). Mergeable; never stops.
 */
final class FnReducer<T, A, R> extends MergingReducer<T, A, R> {
  private static final long serialVersionUID = 1L;
  private final Fn2<A, ? super T, A> step;

  FnReducer(
      String name, Fn0<A> init, Fn2<A, ? super T, A> step, BinOp<A> combine, Fn<A, R> complete) {
    super(name, init, combine, complete);
    this.step = Objects.requireNonNull(step, "step");
  }

  @Override
  public A step(A acc, T t) {
    return step.apply(acc, t);
  }
}
