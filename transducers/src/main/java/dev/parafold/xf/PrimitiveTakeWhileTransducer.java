package dev.parafold.xf;

import dev.parafold.fn.DoublePred;
import dev.parafold.fn.LongPred;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * {@link TakeWhileTransducer} for unboxed {@code long}s or {@code double}s: passes elements while
 * the test holds and stops at the first that fails, stepping them unboxed. Same parallel plan:
 * every chunk runs as if all before it passed; {@code combine} keeps the left part alone if it
 * stopped.
 *
 * @param <P> {@code Long} or {@code Double}
 */
final class PrimitiveTakeWhileTransducer<P> implements Transducer<P, P> {
  private static final long serialVersionUID = 1L;
  private final LongPred longTest; // exactly one of the two tests is set
  private final DoublePred doubleTest;

  private PrimitiveTakeWhileTransducer(LongPred longTest, DoublePred doubleTest) {
    this.longTest = longTest;
    this.doubleTest = doubleTest;
  }

  static PrimitiveTakeWhileTransducer<Long> longs(LongPred test) {
    return new PrimitiveTakeWhileTransducer<>(Objects.requireNonNull(test, "test"), null);
  }

  static PrimitiveTakeWhileTransducer<Double> doubles(DoublePred test) {
    return new PrimitiveTakeWhileTransducer<>(null, Objects.requireNonNull(test, "test"));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A, R> Reducer<P, ?, R> apply(Reducer<? super P, A, R> downstream) {
    if (longTest != null) {
      return (Reducer<P, ?, R>)
          (Reducer<?, ?, R>)
              new TakeWhileLongsReducer<>(
                  LongReducer.of((Reducer<? super Long, A, R>) (Reducer<?, A, R>) downstream),
                  longTest);
    }
    return (Reducer<P, ?, R>)
        (Reducer<?, ?, R>)
            new TakeWhileDoublesReducer<>(
                DoubleReducer.of((Reducer<? super Double, A, R>) (Reducer<?, A, R>) downstream),
                doubleTest);
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public String describe() {
    return "takeWhile";
  }

  // ---- per-chunk state and reducers ---------------------------------------------------------

  /** The downstream accumulator and whether this chunk stopped. */
  static final class TakeWhileAccumulator<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean stopped;
  }

  /** What both reducers share: everything but the step. */
  private abstract static class PrimitiveTakeWhileReducer<T, A, R>
      implements Reducer<T, TakeWhileAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    final Reducer<T, A, R> down;

    PrimitiveTakeWhileReducer(Reducer<T, A, R> down) {
      this.down = down;
    }

    @Override
    public TakeWhileAccumulator<A> init() {
      return init(0);
    }

    @Override
    public TakeWhileAccumulator<A> init(long offset) {
      TakeWhileAccumulator<A> s = new TakeWhileAccumulator<>();
      s.inner = down.init(offset); // a prefix passes: positions are unchanged
      return s;
    }

    @Override
    public TakeWhileAccumulator<A> combine(
        TakeWhileAccumulator<A> left, TakeWhileAccumulator<A> right) {
      if (left.stopped || down.isDone(left.inner)) {
        return left;
      }
      left.inner = down.combine(left.inner, right.inner);
      left.stopped = right.stopped;
      return left;
    }

    @Override
    public R complete(TakeWhileAccumulator<A> s) {
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(TakeWhileAccumulator<A> s) {
      return s.stopped || down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.BOUNDARY.max(down.strategy());
    }

    @Override
    public String describe() {
      return "takeWhile -> " + down.describe();
    }
  }

  private static final class TakeWhileLongsReducer<A, R>
      extends PrimitiveTakeWhileReducer<Long, A, R>
      implements LongReducer<TakeWhileAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final LongPred test;

    TakeWhileLongsReducer(LongReducer<A, R> down, LongPred test) {
      super(down);
      this.next = down;
      this.test = test;
    }

    @Override
    public TakeWhileAccumulator<A> stepLong(TakeWhileAccumulator<A> s, long x) {
      if (!s.stopped) {
        if (test.test(x)) {
          s.inner = next.stepLong(s.inner, x);
        } else {
          s.stopped = true;
        }
      }
      return s;
    }
  }

  private static final class TakeWhileDoublesReducer<A, R>
      extends PrimitiveTakeWhileReducer<Double, A, R>
      implements DoubleReducer<TakeWhileAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    private final DoubleReducer<A, R> next;
    private final DoublePred test;

    TakeWhileDoublesReducer(DoubleReducer<A, R> down, DoublePred test) {
      super(down);
      this.next = down;
      this.test = test;
    }

    @Override
    public TakeWhileAccumulator<A> stepDouble(TakeWhileAccumulator<A> s, double x) {
      if (!s.stopped) {
        if (test.test(x)) {
          s.inner = next.stepDouble(s.inner, x);
        } else {
          s.stopped = true;
        }
      }
      return s;
    }
  }
}
