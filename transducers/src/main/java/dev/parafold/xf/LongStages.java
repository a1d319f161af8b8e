package dev.parafold.xf;

import dev.parafold.fn.LongEffect;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongPred;
import dev.parafold.fn.LongToDouble;
import dev.parafold.fn.LongToObj;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.DoubleReducer;
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
  static final class MapLongs implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongFn f;

    MapLongs(LongFn f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapLongsReducer<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "map";
    }
  }

  private static final class MapLongsReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongFn f;

    MapLongsReducer(LongReducer<A, R> down, LongFn f) {
      super(down, "map", true);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepLong(acc, f.applyAsLong(x));
    }

    @Override
    public long stepScalar(long s, long x) {
      return next.stepScalar(s, f.applyAsLong(x));
    }
  }

  /** Keeps the {@code long}s that pass. Same as {@code LongStream.filter}. */
  static final class FilterLongs implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongPred test;

    FilterLongs(LongPred test) {
      this.test = Objects.requireNonNull(test, "test");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new FilterLongsReducer<>(LongReducer.of(downstream), test);
    }

    @Override
    public String describe() {
      return "filter";
    }
  }

  private static final class FilterLongsReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongPred test;

    FilterLongsReducer(LongReducer<A, R> down, LongPred test) {
      super(down, "filter", false);
      this.test = test;
    }

    @Override
    public A stepLong(A acc, long x) {
      return test.test(x) ? next.stepLong(acc, x) : acc;
    }

    @Override
    public long stepScalar(long s, long x) {
      return test.test(x) ? next.stepScalar(s, x) : s;
    }
  }

  /** Runs an action on each {@code long}. Same as {@code LongStream.peek}. */
  static final class PeekLongs implements Transducer<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final LongEffect action;

    PeekLongs(LongEffect action) {
      this.action = Objects.requireNonNull(action, "action");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new PeekLongsReducer<>(LongReducer.of(downstream), action);
    }

    @Override
    public String describe() {
      return "peek";
    }
  }

  private static final class PeekLongsReducer<A, R> extends StatelessLongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongEffect action;

    PeekLongsReducer(LongReducer<A, R> down, LongEffect action) {
      super(down, "peek", true);
      this.action = action;
    }

    @Override
    public A stepLong(A acc, long x) {
      action.accept(x);
      return next.stepLong(acc, x);
    }

    @Override
    public long stepScalar(long s, long x) {
      action.accept(x);
      return next.stepScalar(s, x);
    }
  }

  /** {@code long -> U}. Same as {@code LongStream.mapToObj}. */
  static final class MapLongsToObj<U> implements Transducer<Long, U> {
    private static final long serialVersionUID = 1L;
    private final LongToObj<? extends U> f;

    MapLongsToObj(LongToObj<? extends U> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super U, A, R> downstream) {
      return new MapLongsToObjReducer<>(downstream, f);
    }

    @Override
    public String describe() {
      return "mapToObj";
    }
  }

  private static final class MapLongsToObjReducer<U, A, R> extends StatelessReducer<Long, U, A, R>
      implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final LongToObj<? extends U> f;

    MapLongsToObjReducer(Reducer<? super U, A, R> down, LongToObj<? extends U> f) {
      super(down, "mapToObj", true);
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return down.step(acc, f.apply(x));
    }
  }

  /** {@code T -> long}. Same as {@code Stream.mapToLong}. */
  static final class MapToLong<T> implements Transducer<T, Long> {
    private static final long serialVersionUID = 1L;
    private final ToLong<? super T> f;

    MapToLong(ToLong<? super T> f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<T, ?, R> apply(Reducer<? super Long, A, R> downstream) {
      return new MapToLongReducer<>(LongReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToLong";
    }
  }

  private static final class MapToLongReducer<T, A, R> extends StatelessReducer<T, Long, A, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final ToLong<? super T> f;

    MapToLongReducer(LongReducer<A, R> down, ToLong<? super T> f) {
      super(down, "mapToLong", true);
      this.next = down;
      this.f = f;
    }

    @Override
    public A step(A acc, T t) {
      return next.stepLong(acc, f.applyAsLong(t));
    }
  }

  /** {@code long -> double}. Same as {@code LongStream.mapToDouble}. */
  static final class MapLongsToDouble implements Transducer<Long, Double> {
    private static final long serialVersionUID = 1L;
    private final LongToDouble f;

    MapLongsToDouble(LongToDouble f) {
      this.f = Objects.requireNonNull(f, "f");
    }

    @Override
    public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Double, A, R> downstream) {
      return new MapLongsToDoubleReducer<>(DoubleReducer.of(downstream), f);
    }

    @Override
    public String describe() {
      return "mapToDouble";
    }
  }

  private static final class MapLongsToDoubleReducer<A, R>
      extends StatelessReducer<Long, Double, A, R> implements LongReducer<A, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final LongToDouble f;

    MapLongsToDoubleReducer(DoubleReducer<A, R> down, LongToDouble f) {
      super(down, "mapToDouble", true);
      this.next = down;
      this.f = f;
    }

    @Override
    public A stepLong(A acc, long x) {
      return next.stepDouble(acc, f.applyAsDouble(x));
    }
  }
}
