package dev.parafold.xf;

import dev.parafold.fn.LongEffect;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.fn.LongToDouble;
import dev.parafold.fn.LongToObj;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * The stateless stages of {@code long} pipelines. Each creates a {@link LongReducer}, so a long
 * source feeds it unboxed, and it feeds its downstream unboxed when that is a {@code LongReducer}
 * (or a {@code DoubleReducer}, for {@code mapToDouble}) too.
 */
final class LongStages {
  private LongStages() {}

  /** {@code long -> long}. Same as {@code LongStream.map}. */
  static final class Map implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongFn f;

    Map(LongFn f) {
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
    private final LongFn f;

    MapStep(LongReducer<A, R> down, LongFn f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsLong(x));
    }
  }

  /** Keeps the {@code long}s that pass. Same as {@code LongStream.filter}. */
  static final class Filter implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongPred test;

    Filter(LongPred test) {
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
    private final LongPred test;

    FilterStep(LongReducer<A, R> down, LongPred test) {
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
      return test.test(x) ? next.stepLong(acc, x) : acc;
    }
  }

  /** Runs an action on each {@code long}. Same as {@code LongStream.peek}. */
  static final class Peek implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongEffect action;

    Peek(LongEffect action) {
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
    private final LongEffect action;

    PeekStep(LongReducer<A, R> down, LongEffect action) {
      super(down);
      this.next = down;
      this.action = action;
    }

    @Override
    public A stepLong(A acc, long x) {
      action.accept(x);
      return next.stepLong(acc, x);
    }
  }

  /** {@code long -> U}. Same as {@code LongStream.mapToObj}. */
  static final class MapToObj<U> implements Transducer<Long, U> {
    private static final long serialVersionUID = 1L;
    private final LongToObj<? extends U> f;

    MapToObj(LongToObj<? extends U> f) {
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
    private final LongToObj<? extends U> f;

    MapToObjStep(Reducer<? super U, A, R> down, LongToObj<? extends U> f) {
      super(down);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return down.step(acc, f.apply(x));
    }
  }

  /** {@code T -> long}. Same as {@code Stream.mapToLong}. */
  static final class ToLongMap<T> implements Transducer<T, Long> {
    private static final long serialVersionUID = 1L;
    private final ToLong<? super T> f;

    ToLongMap(ToLong<? super T> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new ToLongStep<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToLong";
    }
  }

  private static final class ToLongStep<T, A, R> extends ForwardingReducer<T, Long, A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final ToLong<? super T> f;

    ToLongStep(LongReducer<A, R> down, ToLong<? super T> f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return next.stepLong(acc, f.applyAsLong(t));
    }
  }

  /** {@code long -> double}. Same as {@code LongStream.mapToDouble}. */
  static final class ToDoubleMap implements Transducer<Long, Double> {
    private static final long serialVersionUID = 1L;
    private final LongToDouble f;

    ToDoubleMap(LongToDouble f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new ToDoubleStep<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToDouble";
    }
  }

  private static final class ToDoubleStep<A, R> extends ForwardingReducer<Long, Double, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final LongToDouble f;

    ToDoubleStep(DoubleReducer<A, R> down, LongToDouble f) {
      super(down);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepDouble(acc, f.applyAsDouble(x));
    }
  }
}
