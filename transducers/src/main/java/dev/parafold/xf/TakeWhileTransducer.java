package dev.parafold.xf;

import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Passes elements while {@code test} holds and stops at the first that fails. Same as {@code
 * Stream.takeWhile}; Clojure {@code take-while}.
 *
 * <p>Parallel (boundary-aware): whether an element passes depends only on the elements before it
 * passing, so every chunk runs speculatively as if all before it passed. {@code combine} keeps the
 * left part alone if it stopped, otherwise merges both; a stopped chunk is done, which cancels the
 * chunks to its right.
 */
final class TakeWhileTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Pred<? super T> test;

  TakeWhileTransducer(Pred<? super T> test) {
    this.test = Objects.requireNonNull(test, "test");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new TakeWhileReducer<>(downstream, test, false, false, "takeWhile");
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public String describe() {
    return "takeWhile";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  static final class TakeWhileAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    boolean stopped;
  }

  /**
   * Passes elements until {@code test(t) == stopWhen}; the element that stops is passed too when
   * {@code passStopper} (haltWhen) and not otherwise (takeWhile). Shared by both operations.
   */
  static final class TakeWhileReducer<T, A, R>
      extends StatefulReducer<T, T, TakeWhileAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final Pred<? super T> test;
    private final boolean stopWhen;
    private final boolean passStopper;

    TakeWhileReducer(
        Reducer<? super T, A, R> down,
        Pred<? super T> test,
        boolean stopWhen,
        boolean passStopper,
        String operation) {
      super(down, Strategy.BOUNDARY, operation);
      this.test = test;
      this.stopWhen = stopWhen;
      this.passStopper = passStopper;
    }

    @Override
    TakeWhileAccumulator<A> open(long offset) {
      return new TakeWhileAccumulator<>();
    }

    /** A prefix passes: positions are unchanged. */
    @Override
    long downstreamOffset(long offset) {
      return offset;
    }

    @Override
    public TakeWhileAccumulator<A> step(TakeWhileAccumulator<A> s, T t) {
      if (!s.stopped) {
        boolean stop = test.test(t) == stopWhen;
        if (!stop || passStopper) {
          s.inner = down.step(s.inner, t);
        }
        s.stopped = stop;
      }
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
    boolean startsInput(TakeWhileAccumulator<A> s) {
      return true; // a chunk decides alone: it runs as if everything to its left passed
    }

    @Override
    public boolean isDone(TakeWhileAccumulator<A> s) {
      return s.stopped || down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }
}
