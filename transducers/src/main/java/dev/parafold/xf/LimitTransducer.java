package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;

/**
 * Passes the first {@code n} elements, then stops. Same as {@code Stream.limit}; Clojure {@code
 * take}.
 *
 * <p>Parallel (index-aware): a chunk of known offset knows which of its elements are among the
 * first {@code n}: it passes them straight through and is done at position {@code n}, so exact
 * offsets (sized sources, one-to-one stages upstream) cost nothing extra. A chunk of unknown offset
 * cannot tell, so it holds back at most {@code n} elements and is done once it holds that many:
 * everything to its right is then irrelevant. {@code combine} replays the held elements into the
 * left accumulator until it has {@code n}.
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

  /** Resolved (offset known): {@code pos} is the index of the next element. Otherwise held. */
  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean resolved;
    long pos;
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
      s.resolved = offset >= 0;
      s.pos = offset;
      // a prefix passes, so positions below n are unchanged; a chunk at or past n passes nothing
      s.inner = down.init(offset >= 0 && offset <= n ? offset : UNKNOWN_OFFSET);
      if (!s.resolved) {
        s.held = new ArrayList<>();
      }
      return s;
    }

    @Override
    public State<A> step(State<A> s, T t) {
      if (s.resolved) {
        if (s.pos++ < n) {
          s.inner = down.step(s.inner, t);
        }
      } else if (s.held.size() < n) {
        s.held.add(t);
      }
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public State<A> combine(State<A> left, State<A> right) {
      if (!left.resolved) {
        // both unresolved (offsets are monotone): hold the first n of left then right
        for (int i = 0; i < right.held.size() && left.held.size() < n; i++) {
          left.held.add(right.held.get(i));
        }
        return left;
      }
      if (right.resolved) {
        if (left.pos < n && !down.isDone(left.inner)) {
          left.inner = down.combine(left.inner, right.inner);
        }
        left.pos = Math.max(left.pos, right.pos);
        return left;
      }
      for (int i = 0; i < right.held.size() && left.pos < n && !down.isDone(left.inner); i++) {
        left.pos++;
        left.inner = down.step(left.inner, (T) right.held.get(i));
      }
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.resolved ? s.inner : combine(init(0), s).inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.resolved ? s.pos >= n || down.isDone(s.inner) : s.held.size() >= n;
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
