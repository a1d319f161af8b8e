package dev.parafold.xf;

import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Passes elements up to and including the first one that satisfies {@code test}, then stops: 1, 2,
 * 5, 3 with {@code x > 4} gives 1, 2, 5. Clojure {@code halt-when} (which returns the halting
 * element as the whole result; here it is the last element passed, so the result keeps its type);
 * {@code java.util.stream} has no inclusive {@code takeWhile}.
 *
 * <p>Parallel (boundary-aware): as {@code takeWhile}, every chunk runs as if nothing to its left
 * halted; a chunk that halted is done, which cancels everything to its right, and {@code combine}
 * keeps the left part alone once it halted.
 */
final class HaltWhenTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Pred<? super T> test;

  HaltWhenTransducer(Pred<? super T> test) {
    this.test = Objects.requireNonNull(test, "test");
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new Step<>(downstream, test);
  }

  @Override
  public String describe() {
    return "haltWhen";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean halted;
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;
    private final Pred<? super T> test;

    Step(Reducer<? super T, A, R> down, Pred<? super T> test) {
      this.down = down;
      this.test = test;
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
      if (!s.halted) {
        s.halted = test.test(t);
        s.inner = down.step(s.inner, t);
      }
      return s;
    }

    @Override
    public State<A> combine(State<A> left, State<A> right) {
      if (left.halted || down.isDone(left.inner)) {
        return left;
      }
      left.inner = down.combine(left.inner, right.inner);
      left.halted = right.halted;
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.halted || down.isDone(s.inner);
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
      return "haltWhen -> " + down.describe();
    }
  }
}
