package dev.parafold.xf;

import dev.parafold.fn.DoubleToInt;
import dev.parafold.fn.IntEffect;
import dev.parafold.fn.IntFn;
import dev.parafold.fn.IntPred;
import dev.parafold.fn.IntToDouble;
import dev.parafold.fn.IntToLong;
import dev.parafold.fn.IntToObj;
import dev.parafold.fn.LongToInt;
import dev.parafold.fn.ToInt;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * The stateless stages of {@code int} pipelines. An {@code int} pipeline runs on the {@code long}
 * lane (its elements are {@code long}s that always fit an {@code int}, stepped unboxed through
 * {@link LongReducer#stepLong}), so every {@code long} stage and source serves it too; these stages
 * narrow to {@code int} before calling the user's function and widen its result back.
 */
final class IntStages {
  private IntStages() {}

  /** {@code int -> int}. Same as {@code IntStream.map}. */
  static final class Map implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntFn f;

    Map(IntFn f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapStep<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "map";
    }
  }

  private static final class MapStep<A, R> extends ForwardingReducer<Long, Long, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final IntFn f;

    MapStep(LongReducer<A, R> down, IntFn f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsInt((int) x));
    }
  }

  /** Keeps the {@code int}s that pass. Same as {@code IntStream.filter}. */
  static final class Filter implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntPred test;

    Filter(IntPred test) {
      this.test = Objects.requireNonNull(test, "test");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new FilterStep<>(LongReducer.of(downstream), test);
    }

    @Override
    public String describe() {
      return "filter";
    }
  }

  private static final class FilterStep<A, R> extends ForwardingReducer<Long, Long, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final IntPred test;

    FilterStep(LongReducer<A, R> down, IntPred test) {
      super(down);
      this.next = down;
      this.test = test;
    }

    @Override
    public A init(long offset) {
      return next.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
    }

    @Override
    public A stepLong(A acc, long x) {
      return test.test((int) x) ? next.stepLong(acc, x) : acc;
    }
  }

  /** Runs an action on each {@code int}. Same as {@code IntStream.peek}. */
  static final class Peek implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntEffect action;

    Peek(IntEffect action) {
      this.action = Objects.requireNonNull(action, "action");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new PeekStep<>(LongReducer.of(downstream), action);
    }

    @Override
    public String describe() {
      return "peek";
    }
  }

  private static final class PeekStep<A, R> extends ForwardingReducer<Long, Long, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final IntEffect action;

    PeekStep(LongReducer<A, R> down, IntEffect action) {
      super(down);
      this.next = down;
      this.action = action;
    }

    @Override
    public A stepLong(A acc, long x) {
      action.accept((int) x);
      return next.stepLong(acc, x);
    }
  }

  /** {@code int -> U}. Same as {@code IntStream.mapToObj}. */
  static final class MapToObj<U> implements Transducer<Long, U> {
    private static final long serialVersionUID = 1L;
    private final IntToObj<? extends U> f;

    MapToObj(IntToObj<? extends U> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super U, A, R> downstream) {
      return new MapToObjStep<>(downstream, f);
    }

    @Override
    public String describe() {
      return "mapToObj";
    }
  }

  private static final class MapToObjStep<U, A, R> extends ForwardingReducer<Long, U, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final IntToObj<? extends U> f;

    MapToObjStep(Reducer<? super U, A, R> down, IntToObj<? extends U> f) {
      super(down);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return down.step(acc, f.apply((int) x));
    }
  }

  /** {@code int -> long}. Same as {@code IntStream.mapToLong}. */
  static final class ToLongMap implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntToLong f;

    ToLongMap(IntToLong f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new ToLongMapStep<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToLong";
    }
  }

  private static final class ToLongMapStep<A, R> extends ForwardingReducer<Long, Long, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final IntToLong f;

    ToLongMapStep(LongReducer<A, R> down, IntToLong f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsLong((int) x));
    }
  }

  /** {@code int -> double}. Same as {@code IntStream.mapToDouble}. */
  static final class ToDoubleMap implements Transducer<Long, Double> {
    private static final long serialVersionUID = 1L;
    private final IntToDouble f;

    ToDoubleMap(IntToDouble f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new ToDoubleMapStep<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToDouble";
    }
  }

  private static final class ToDoubleMapStep<A, R> extends ForwardingReducer<Long, Double, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final IntToDouble f;

    ToDoubleMapStep(DoubleReducer<A, R> down, IntToDouble f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepDouble(acc, f.applyAsDouble((int) x));
    }
  }

  /** {@code T -> int}. Same as {@code Stream.mapToInt}. */
  static final class FromObj<T> implements Transducer<T, Long> {
    private static final long serialVersionUID = 1L;
    private final ToInt<? super T> f;

    FromObj(ToInt<? super T> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new FromObjStep<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToInt";
    }
  }

  private static final class FromObjStep<T, A, R> extends ForwardingReducer<T, Long, A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final ToInt<? super T> f;

    FromObjStep(LongReducer<A, R> down, ToInt<? super T> f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return next.stepLong(acc, f.applyAsInt(t));
    }
  }

  /** {@code long -> int}. Same as {@code LongStream.mapToInt}. */
  static final class FromLongs implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongToInt f;

    FromLongs(LongToInt f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new FromLongsStep<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToInt";
    }
  }

  private static final class FromLongsStep<A, R> extends ForwardingReducer<Long, Long, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final LongToInt f;

    FromLongsStep(LongReducer<A, R> down, LongToInt f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsInt(x));
    }
  }

  /** {@code double -> int}. Same as {@code DoubleStream.mapToInt}. */
  static final class FromDoubles implements Transducer<Double, Long> {
    private static final long serialVersionUID = 1L;
    private final DoubleToInt f;

    FromDoubles(DoubleToInt f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new FromDoublesStep<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToInt";
    }
  }

  private static final class FromDoublesStep<A, R> extends ForwardingReducer<Double, Long, A, R>
      implements DoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final DoubleToInt f;

    FromDoublesStep(LongReducer<A, R> down, DoubleToInt f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return next.stepLong(acc, f.applyAsInt(x));
    }
  }
}
