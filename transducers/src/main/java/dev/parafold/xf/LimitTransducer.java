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
    return new LimitReducer<>(downstream, n);
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public String describe() {
    return "limit(" + n + ")";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** Resolved (offset known): {@code pos} is the index of the next element. Otherwise held. */
  static final class LimitAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    boolean resolved;
    long pos;
    ArrayList<Object> held;
  }

  private static final class LimitReducer<T, A, R>
      extends StatefulReducer<T, T, LimitAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final long n;

    LimitReducer(Reducer<? super T, A, R> down, long n) {
      super(down, Strategy.INDEXED, "limit(" + n + ")");
      this.n = n;
    }

    @Override
    LimitAccumulator<A> open(long offset) {
      LimitAccumulator<A> s = new LimitAccumulator<>();
      s.resolved = offset >= 0;
      s.pos = offset;
      if (!s.resolved) {
        s.held = new ArrayList<>();
      }
      return s;
    }

    /** A prefix passes, so positions below n are unchanged; a chunk at or past n passes nothing. */
    @Override
    long downstreamOffset(long offset) {
      return offset >= 0 && offset <= n ? offset : UNKNOWN_OFFSET;
    }

    @Override
    public LimitAccumulator<A> step(LimitAccumulator<A> s, T t) {
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
    public LimitAccumulator<A> combine(LimitAccumulator<A> left, LimitAccumulator<A> right) {
      if (!left.resolved) {
        // both unresolved (offsets are monotone): hold the first n of left then right
        for (int i = 0; i < right.held.size() && left.held.size() < n; i++) {
          left.held.add(right.held.get(i));
        }
        return left;
      }
      if (right.resolved) {
        if (left.pos < n) {
          mergeInner(left, right);
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
    boolean startsInput(LimitAccumulator<A> s) {
      return s.resolved;
    }

    @Override
    public boolean isDone(LimitAccumulator<A> s) {
      return s.resolved ? s.pos >= n || down.isDone(s.inner) : s.held.size() >= n;
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }
}
