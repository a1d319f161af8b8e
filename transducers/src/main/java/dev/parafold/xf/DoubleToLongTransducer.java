package dev.parafold.xf;

import dev.parafold.fn.DoubleToLong;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/** {@code double -> long}, unboxed. Same as {@code DoubleStream.mapToLong}. */
final class DoubleToLongTransducer implements Transducer<Double, Long> {
  private static final long serialVersionUID = 1L;
  private final DoubleToLong f;

  DoubleToLongTransducer(DoubleToLong f) {
    this.f = Objects.requireNonNull(f, "f");
  }

  @Override
  public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Long, A, R> downstream) {
    return new MapDoublesToLongReducer<>(LongReducer.of(downstream), f);
  }

  @Override
  public String describe() {
    return "mapToLong";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class MapDoublesToLongReducer<A, R>
      extends StatelessReducer<Double, Long, A, R> implements DoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final DoubleToLong f;

    MapDoublesToLongReducer(LongReducer<A, R> down, DoubleToLong f) {
      super(down, "mapToLong", true);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return next.stepLong(acc, f.applyAsLong(x));
    }
  }
}
