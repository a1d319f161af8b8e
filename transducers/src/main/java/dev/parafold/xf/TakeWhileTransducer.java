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
    return new Step<>(downstream, test, false, false, "takeWhile");
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public String describe() {
    return "takeWhile";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean stopped;
  }

  /**
   * Passes elements until {@code test(t) == stopWhen}; the element that stops is passed too when
   * {@code passStopper} (haltWhen) and not otherwise (takeWhile). Shared by both operations.
   */
  static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;
    private final Pred<? super T> test;
    private final boolean stopWhen;
    private final boolean passStopper;
    private final String name;

    Step(
        Reducer<? super T, A, R> down,
        Pred<? super T> test,
        boolean stopWhen,
        boolean passStopper,
        String name) {
      this.down = down;
      this.test = test;
      this.stopWhen = stopWhen;
      this.passStopper = passStopper;
      this.name = name;
    }

    @Override
    public State<A> init() {
      return init(0);
    }

    @Override
    public State<A> init(long offset) {
      State<A> s = new State<>();
      s.inner = down.init(offset); // a prefix passes: positions are unchanged
      return s;
    }

    @Override
    public State<A> step(State<A> s, T t) {
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
    public State<A> combine(State<A> left, State<A> right) {
      if (left.stopped || down.isDone(left.inner)) {
        return left;
      }
      left.inner = down.combine(left.inner, right.inner);
      left.stopped = right.stopped;
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(State<A> s) {
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
      return name + " -> " + down.describe();
    }
  }
}
