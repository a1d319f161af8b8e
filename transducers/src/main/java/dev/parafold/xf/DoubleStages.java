package dev.parafold.xf;

import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.DoubleToObj;
import dev.parafold.fn.ToDouble;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/** The stateless stages of {@code double} pipelines, unboxed like {@link LongStages}. */
final class DoubleStages {
  private DoubleStages() {}

  /** {@code double -> double}. Same as {@code DoubleStream.map}. */
  static final class MapDoubles implements Transducer<Double, Double> {
    private static final long serialVersionUID = 1L;
    private final DoubleFn f;

    MapDoubles(DoubleFn f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new MapDoublesReducer<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "map";
    }
  }

  private static final class MapDoublesReducer<A, R> extends StatelessDoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleFn f;

    MapDoublesReducer(DoubleReducer<A, R> down, DoubleFn f) {
      super(down, "map", true);
      this.f = f;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return next.stepDouble(acc, f.applyAsDouble(x));
    }

    @Override
    public double stepScalar(double s, double x) {
      return next.stepScalar(s, f.applyAsDouble(x));
    }
  }

  /** Keeps the {@code double}s that pass. Same as {@code DoubleStream.filter}. */
  static final class FilterDoubles implements Transducer<Double, Double> {
    private static final long serialVersionUID = 1L;
    private final DoublePred test;

    FilterDoubles(DoublePred test) {
      this.test = Objects.requireNonNull(test, "test");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new FilterDoublesReducer<>(DoubleReducer.of(downstream), test);
    }

    @Override
    public String describe() {
      return "filter";
    }
  }

  private static final class FilterDoublesReducer<A, R> extends StatelessDoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoublePred test;

    FilterDoublesReducer(DoubleReducer<A, R> down, DoublePred test) {
      super(down, "filter", false);
      this.test = test;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return test.test(x) ? next.stepDouble(acc, x) : acc;
    }

    @Override
    public double stepScalar(double s, double x) {
      return test.test(x) ? next.stepScalar(s, x) : s;
    }
  }

  /** {@code double -> U}. Same as {@code DoubleStream.mapToObj}. */
  static final class MapDoublesToObj<U> implements Transducer<Double, U> {
    private static final long serialVersionUID = 1L;
    private final DoubleToObj<? extends U> f;

    MapDoublesToObj(DoubleToObj<? extends U> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super U, A, R> downstream) {
      return new MapDoublesToObjReducer<>(downstream, f);
    }

    @Override
    public String describe() {
      return "mapToObj";
    }
  }

  private static final class MapDoublesToObjReducer<U, A, R>
      extends StatelessReducer<Double, U, A, R> implements DoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleToObj<? extends U> f;

    MapDoublesToObjReducer(Reducer<? super U, A, R> down, DoubleToObj<? extends U> f) {
      super(down, "mapToObj", true);
      this.f = f;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return down.step(acc, f.apply(x));
    }
  }

  /** {@code T -> double}. Same as {@code Stream.mapToDouble}. */
  static final class MapToDouble<T> implements Transducer<T, Double> {
    private static final long serialVersionUID = 1L;
    private final ToDouble<? super T> f;

    MapToDouble(ToDouble<? super T> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new MapToDoubleReducer<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToDouble";
    }
  }

  private static final class MapToDoubleReducer<T, A, R> extends StatelessReducer<T, Double, A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final ToDouble<? super T> f;

    MapToDoubleReducer(DoubleReducer<A, R> down, ToDouble<? super T> f) {
      super(down, "mapToDouble", true);
      this.next = down;
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return next.stepDouble(acc, f.applyAsDouble(t));
    }
  }
}
