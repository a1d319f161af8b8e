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
  static final class MapInts implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntFn f;

    MapInts(IntFn f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapIntsReducer<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "map";
    }
  }

  private static final class MapIntsReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final IntFn f;

    MapIntsReducer(LongReducer<A, R> down, IntFn f) {
      super(down, "map", true);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsInt((int) x));
    }

    @Override
    public long stepScalar(long s, long x) {
      return next.stepScalar(s, f.applyAsInt((int) x));
    }
  }

  /** Keeps the {@code int}s that pass. Same as {@code IntStream.filter}. */
  static final class FilterInts implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntPred test;

    FilterInts(IntPred test) {
      this.test = Objects.requireNonNull(test, "test");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new FilterIntsReducer<>(LongReducer.of(downstream), test);
    }

    @Override
    public String describe() {
      return "filter";
    }
  }

  private static final class FilterIntsReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final IntPred test;

    FilterIntsReducer(LongReducer<A, R> down, IntPred test) {
      super(down, "filter", false);
      this.test = test;
    }

    @Override
    public A stepLong(A acc, long x) {
      return test.test((int) x) ? next.stepLong(acc, x) : acc;
    }

    @Override
    public long stepScalar(long s, long x) {
      return test.test((int) x) ? next.stepScalar(s, x) : s;
    }
  }

  /** Runs an action on each {@code int}. Same as {@code IntStream.peek}. */
  static final class PeekInts implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntEffect action;

    PeekInts(IntEffect action) {
      this.action = Objects.requireNonNull(action, "action");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new PeekIntsReducer<>(LongReducer.of(downstream), action);
    }

    @Override
    public String describe() {
      return "peek";
    }
  }

  private static final class PeekIntsReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final IntEffect action;

    PeekIntsReducer(LongReducer<A, R> down, IntEffect action) {
      super(down, "peek", true);
      this.action = action;
    }

    @Override
    public A stepLong(A acc, long x) {
      action.accept((int) x);
      return next.stepLong(acc, x);
    }

    @Override
    public long stepScalar(long s, long x) {
      action.accept((int) x);
      return next.stepScalar(s, x);
    }
  }

  /** {@code int -> U}. Same as {@code IntStream.mapToObj}. */
  static final class MapIntsToObj<U> implements Transducer<Long, U> {
    private static final long serialVersionUID = 1L;
    private final IntToObj<? extends U> f;

    MapIntsToObj(IntToObj<? extends U> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super U, A, R> downstream) {
      return new MapIntsToObjReducer<>(downstream, f);
    }

    @Override
    public String describe() {
      return "mapToObj";
    }
  }

  private static final class MapIntsToObjReducer<U, A, R> extends StatelessReducer<Long, U, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final IntToObj<? extends U> f;

    MapIntsToObjReducer(Reducer<? super U, A, R> down, IntToObj<? extends U> f) {
      super(down, "mapToObj", true);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return down.step(acc, f.apply((int) x));
    }
  }

  /** {@code int -> long}. Same as {@code IntStream.mapToLong}. */
  static final class MapIntsToLong implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final IntToLong f;

    MapIntsToLong(IntToLong f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapIntsToLongReducer<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToLong";
    }
  }

  private static final class MapIntsToLongReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final IntToLong f;

    MapIntsToLongReducer(LongReducer<A, R> down, IntToLong f) {
      super(down, "mapToLong", true);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsLong((int) x));
    }

    @Override
    public long stepScalar(long s, long x) {
      return next.stepScalar(s, f.applyAsLong((int) x));
    }
  }

  /** {@code int -> double}. Same as {@code IntStream.mapToDouble}. */
  static final class MapIntsToDouble implements Transducer<Long, Double> {
    private static final long serialVersionUID = 1L;
    private final IntToDouble f;

    MapIntsToDouble(IntToDouble f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new MapIntsToDoubleReducer<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToDouble";
    }
  }

  private static final class MapIntsToDoubleReducer<A, R>
      extends StatelessReducer<Long, Double, A, R> implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final IntToDouble f;

    MapIntsToDoubleReducer(DoubleReducer<A, R> down, IntToDouble f) {
      super(down, "mapToDouble", true);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepDouble(acc, f.applyAsDouble((int) x));
    }
  }

  /** {@code T -> int}. Same as {@code Stream.mapToInt}. */
  static final class MapToInt<T> implements Transducer<T, Long> {
    private static final long serialVersionUID = 1L;
    private final ToInt<? super T> f;

    MapToInt(ToInt<? super T> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapToIntReducer<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToInt";
    }
  }

  private static final class MapToIntReducer<T, A, R> extends StatelessReducer<T, Long, A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final ToInt<? super T> f;

    MapToIntReducer(LongReducer<A, R> down, ToInt<? super T> f) {
      super(down, "mapToInt", true);
      this.next = down;
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return next.stepLong(acc, f.applyAsInt(t));
    }
  }

  /** {@code long -> int}. Same as {@code LongStream.mapToInt}. */
  static final class MapLongsToInt implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongToInt f;

    MapLongsToInt(LongToInt f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapLongsToIntReducer<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToInt";
    }
  }

  private static final class MapLongsToIntReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongToInt f;

    MapLongsToIntReducer(LongReducer<A, R> down, LongToInt f) {
      super(down, "mapToInt", true);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsInt(x));
    }

    @Override
    public long stepScalar(long s, long x) {
      return next.stepScalar(s, f.applyAsInt(x));
    }
  }

  /** {@code double -> int}. Same as {@code DoubleStream.mapToInt}. */
  static final class MapDoublesToInt implements Transducer<Double, Long> {
    private static final long serialVersionUID = 1L;
    private final DoubleToInt f;

    MapDoublesToInt(DoubleToInt f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Double, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapDoublesToIntReducer<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToInt";
    }
  }

  private static final class MapDoublesToIntReducer<A, R>
      extends StatelessReducer<Double, Long, A, R> implements DoubleReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final DoubleToInt f;

    MapDoublesToIntReducer(LongReducer<A, R> down, DoubleToInt f) {
      super(down, "mapToInt", true);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepDouble(A acc, double x) {
      return next.stepLong(acc, f.applyAsInt(x));
    }
  }
}
