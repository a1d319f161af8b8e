package dev.parafold.xf;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Arrays;

/**
 * {@code limit} for unboxed {@code long} pipelines: the same parallel plan as {@link
 * LimitTransducer} (a chunk of unknown position holds at most {@code n} elements), with the held
 * elements in a {@code long[]} and the elements stepped unboxed. Same as {@code LongStream.limit}.
 */
final class LongLimitTransducer implements Transducer<Long, Long> {
  private static final long serialVersionUID = 1L;
  private final long n;

  LongLimitTransducer(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("limit: n must be >= 0, was " + n);
    }
    this.n = n;
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
    return new Step<>(LongReducer.of(downstream), n);
  }

  @Override
  public String describe() {
    return "limit(" + n + ")";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /** Resolved (starts the input): {@code passed} went to {@code inner}; else {@code held}. */
  static final class State<A> {
    A inner;
    boolean resolved;
    long passed;
    long room;
    long[] held;
    int count;
  }

  private static final class Step<A, R> implements LongReducer<State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> down;
    private final long n;

    Step(LongReducer<A, R> down, long n) {
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
        s.held = new long[(int) Math.min(16, s.room)];
      }
      return s;
    }

    @Override
    public State<A> stepLong(State<A> s, long x) {
      if (s.resolved) {
        if (s.passed < n) {
          s.passed++;
          s.inner = down.stepLong(s.inner, x);
        }
      } else if (s.count < s.room) {
        if (s.count == s.held.length) {
          s.held = Arrays.copyOf(s.held, (int) Math.min(s.room, Math.max(16, 2L * s.count)));
        }
        s.held[s.count++] = x;
      }
      return s;
    }

    @Override
    public State<A> step(State<A> s, Long x) {
      return stepLong(s, x);
    }

    @Override
    public State<A> combine(State<A> left, State<A> right) {
      if (right.resolved) {
        // only empty chunks lie left of a chunk that starts the input (e.g. an executor's seed)
        right.inner = down.combine(left.inner, right.inner);
        return right;
      }
      for (int i = 0; i < right.count; i++) {
        if (left.resolved ? left.passed >= n || down.isDone(left.inner) : left.count >= left.room) {
          break;
        }
        stepLong(left, right.held[i]);
      }
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.resolved ? s.inner : combine(init(0), s).inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.resolved ? s.passed >= n || down.isDone(s.inner) : s.count >= s.room;
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
