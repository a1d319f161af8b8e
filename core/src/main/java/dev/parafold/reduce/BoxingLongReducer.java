package dev.parafold.reduce;

import java.util.Objects;

/** Adapts a reducer of boxed {@code Long}s to {@link LongReducer}: boxes each element. */
final class BoxingLongReducer<A, R> extends ForwardingReducer<Long, Long, A, R>
    implements LongReducer<A, R> {
  private static final long serialVersionUID = 1L;

  BoxingLongReducer(Reducer<? super Long, A, R> down) {
    super(Objects.requireNonNull(down, "down"));
  }

  @Override
  public A stepLong(A acc, long x) {
    return down.step(acc, x);
  }

  @Override
  public A step(A acc, Long x) {
    return down.step(acc, x);
  }

  /** An adapter, not a stage: it describes itself as the reducer it feeds. */
  @Override
  public String describe() {
    return down.describe();
  }
}
