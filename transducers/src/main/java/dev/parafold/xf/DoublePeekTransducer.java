package dev.parafold.xf;

import dev.parafold.fn.DoubleEffect;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/** Runs an action on each {@code double}, unboxed. Same as {@code DoubleStream.peek}. */
final class DoublePeekTransducer implements Transducer<Double, Double> {
  private static final long serialVersionUID = 1L;
  private final DoubleEffect action;

  DoublePeekTransducer(DoubleEffect action) {
    this.action = Objects.requireNonNull(action, "action");
  }

  @Override
  public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Double, A, R> downstream) {
    return new PeekDoublesReducer<>(DoubleReducer.of(downstream), action);
  }

  @Override
  public String describe() {
    return "peek";
  }

  // ---- per-element reducer ------------------------------------------------------------------

  private static final class PeekDoublesReducer<A, R> extends StatelessDoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleEffect action;

    PeekDoublesReducer(DoubleReducer<A, R> down, DoubleEffect action) {
      super(down, "peek", true);
      this.action = action;
    }

    @Override
    public A stepDouble(A acc, double x) {
      action.accept(x);
      return next.stepDouble(acc, x);
    }

    @Override
    public double stepScalar(double s, double x) {
      action.accept(x);
      return next.stepScalar(s, x);
    }
  }
}
