package dev.parafold.xf;

import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.DoubleToObj;
import dev.parafold.fn.ToDouble;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/** The stateless stages of {@code double} pipelines, unboxed like {@link LongStages}. */
final class DoubleStages {
  private DoubleStages() {}

  /** {@code double -> double}. Same as {@code DoubleStream.map}. */
  static final class Map implements Transducer<Double, Double> {
    private static final long serialVersionUID = 1L;
    private final DoubleFn f;

    Map(DoubleFn f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new MapStep<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "map";
    }
  }

  private static final class MapStep<A, R> extends ForwardingReducer<Double, Double, A, R>
      implements DoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final DoubleFn f;

    MapStep(DoubleReducer<A, R> down, DoubleFn f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return next.stepDouble(acc, f.applyAsDouble(x));
    }
  }

  /** Keeps the {@code double}s that pass. Same as {@code DoubleStream.filter}. */
  static final class Filter implements Transducer<Double, Double> {
    private static final long serialVersionUID = 1L;
    private final DoublePred test;

    Filter(DoublePred test) {
      this.test = Objects.requireNonNull(test, "test");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new FilterStep<>(DoubleReducer.of(downstream), test);
    }

    @Override
    public String describe() {
      return "filter";
    }
  }

  private static final class FilterStep<A, R> extends ForwardingReducer<Double, Double, A, R>
      implements DoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final DoublePred test;

    FilterStep(DoubleReducer<A, R> down, DoublePred test) {
      super(down);
      this.next = down;
      this.test = test;
    }

    @Override
    public A init(long offset) {
      return next.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A stepDouble(A acc, double x) {
      return test.test(x) ? next.stepDouble(acc, x) : acc;
    }
  }

  /** {@code double -> U}. Same as {@code DoubleStream.mapToObj}. */
  static final class MapToObj<U> implements Transducer<Double, U> {
    private static final long serialVersionUID = 1L;
    private final DoubleToObj<? extends U> f;

    MapToObj(DoubleToObj<? extends U> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super U, A, R> downstream) {
      return new MapToObjStep<>(downstream, f);
    }

    @Override
    public String describe() {
      return "mapToObj";
    }
  }

  private static final class MapToObjStep<U, A, R> extends ForwardingReducer<Double, U, A, R>
      implements DoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleToObj<? extends U> f;

    MapToObjStep(Reducer<? super U, A, R> down, DoubleToObj<? extends U> f) {
      super(down);
      this.f = f;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return down.step(acc, f.apply(x));
    }
  }

  /** {@code T -> double}. Same as {@code Stream.mapToDouble}. */
  static final class ToDoubleMap<T> implements Transducer<T, Double> {
    private static final long serialVersionUID = 1L;
    private final ToDouble<? super T> f;

    ToDoubleMap(ToDouble<? super T> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new ToDoubleStep<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToDouble";
    }
  }

  private static final class ToDoubleStep<T, A, R> extends ForwardingReducer<T, Double, A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final ToDouble<? super T> f;

    ToDoubleStep(DoubleReducer<A, R> down, ToDouble<? super T> f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return next.stepDouble(acc, f.applyAsDouble(t));
    }
  }
}
