package dev.parafold.xf;

import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Drops elements while {@code test} holds, then passes all the rest. Same as {@code
 * Stream.dropWhile}; Clojure {@code drop-while}.
 *
 * <p>Parallel (boundary-aware): a chunk that does not start the input cannot know whether its
 * leading run of passing elements is dropped (it is only if everything to its left was), so it
 * holds that run back. {@code combine} drops it if the left part is still dropping, and otherwise
 * replays it into the left accumulator before merging.
 */
final class DropWhileTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Pred<? super T> test;

  DropWhileTransducer(Pred<? super T> test) {
    this.test = Objects.requireNonNull(test, "test");
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new Step<>(downstream, test);
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public String describe() {
    return "dropWhile";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean first; // starts the input: its leading run is dropped for sure
    boolean dropping = true;
    ArrayList<Object> held; // not first: the leading run, undecided
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
      s.first = offset == 0;
      s.inner = down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
      if (!s.first) {
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    public State<A> step(State<A> s, T t) {
      if (s.dropping) {
        if (test.test(t)) {
          if (!s.first) {
            s.held.add(t);
          }
          return s;
        }
        s.dropping = false;
      }
      s.inner = down.step(s.inner, t);
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public State<A> combine(State<A> left, State<A> right) {
      if (left.dropping) {
        // everything in left passed the test, so right's leading run continues left's
        if (!left.first) {
          left.held.addAll(right.held);
        }
        left.dropping = right.dropping;
      } else {
        for (Object x : right.held) {
          if (down.isDone(left.inner)) {
            break;
          }
          left.inner = down.step(left.inner, (T) x);
        }
      }
      if (!down.isDone(left.inner)) {
        left.inner = down.combine(left.inner, right.inner);
      }
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.inner); // the whole input's leading run is dropped
    }

    @Override
    public boolean isDone(State<A> s) {
      return down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return Strategy.BOUNDARY.max(down.strategy());
    }

    @Override
    public String describe() {
      return "dropWhile -> " + down.describe();
    }
  }
}
