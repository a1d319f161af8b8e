package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;

/**
 * Passes the first {@code n} elements, then stops. Same as {@code Stream.limit}; Clojure {@code
 * take}.
 *
 * <p>Parallel (index-aware): the chunk that starts the input passes elements straight through and
 * is done after {@code n}. A chunk whose position is not known yet cannot tell which of its
 * elements are among the first {@code n}, so it holds back at most {@code n} (fewer when its offset
 * is known) and is done once it holds that many: everything to its right is then irrelevant. {@code
 * combine} replays the held elements into the left accumulator until it has {@code n}.
 */
final class LimitTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final long n;

  LimitTransducer(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("limit: n must be >= 0, was " + n);
    }
    this.n = n;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new Step<>(downstream, n);
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public String describe() {
    return "limit(" + n + ")";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /** Resolved: {@code passed} elements went to {@code inner}. Otherwise {@code held} waits. */
  static final class State<A> {
    A inner;
    boolean resolved;
    long passed;
    long room; // unresolved: how many elements this chunk may still need to hold
    ArrayList<Object> held;
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super T, A, R> down;
    private final long n;

    Step(Reducer<? super T, A, R> down, long n) {
      this.down = down;
      this.n = n;
    }

    @Override
    public State<A> init() {
      return init(0);
    }

    @Override
    public State<A> init(long offset) {
      State<A> s = new State<>();
      if (offset == 0) {
        s.resolved = true;
        s.inner = down.init(0);
      } else {
        s.room = offset > 0 ? Math.max(0, n - offset) : n;
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public State<A> step(State<A> s, T t) {
      if (s.resolved) {
        if (s.passed < n) {
          s.passed++;
          s.inner = down.step(s.inner, t);
        }
      } else if (s.held.size() < s.room) {
        s.held.add(t);
      }
      return s;
    }

    @Override
    public State<A> combine(State<A> left, State<A> right) {
      if (right.resolved) {
        // only empty chunks lie left of a chunk that starts the input (e.g. an executor's seed)
        right.inner = down.combine(left.inner, right.inner);
        return right;
      }
      if (left.resolved) {
        replay(left, right);
        return left;
      }
      // both unresolved: hold the first `left.room` elements of left then right
      for (int i = 0; i < right.held.size() && left.held.size() < left.room; i++) {
        left.held.add(right.held.get(i));
      }
      return left;
    }

    @SuppressWarnings("unchecked")
    private void replay(State<A> left, State<A> right) {
      if (right.resolved) {
        // cannot happen: only the chunk at offset 0 is resolved, and it is leftmost
        throw new IllegalStateException("limit: two chunks claim to start the input");
      }
      for (int i = 0; i < right.held.size() && left.passed < n && !down.isDone(left.inner); i++) {
        left.passed++;
        left.inner = down.step(left.inner, (T) right.held.get(i));
      }
    }

    @Override
    public R complete(State<A> s) {
      if (!s.resolved) {
        State<A> first = init(0);
        replay(first, s);
        s = first;
      }
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.resolved ? s.passed >= n || down.isDone(s.inner) : s.held.size() >= s.room;
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.INDEXED.max(down.strategy());
    }

    @Override
    public String describe() {
      return "limit(" + n + ") -> " + down.describe();
    }
  }
}
