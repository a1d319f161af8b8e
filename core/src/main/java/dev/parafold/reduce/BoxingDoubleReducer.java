package dev.parafold.reduce;

import java.util.Objects;

/** Adapts a reducer of boxed {@code Double}s to {@link DoubleReducer}: boxes each element. */
final class BoxingDoubleReducer<A, R> extends ForwardingReducer<Double, Double, A, R>
    implements DoubleReducer<A, R> {
  private static final long serialVersionUID = 1L;

  BoxingDoubleReducer(Reducer<? super Double, A, R> down) {
    super(Objects.requireNonNull(down, "down"));
  }

  @Override
  public A stepDouble(A acc, double x) {
    return down.step(acc, x);
  }

  @Override
  public A step(A acc, Double x) {
    return down.step(acc, x);
  }

  /** An adapter, not a stage: it describes itself as the reducer it feeds. */
  @Override
  public String describe() {
    return down.describe();
  }
}
