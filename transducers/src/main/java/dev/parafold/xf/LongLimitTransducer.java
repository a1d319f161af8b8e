package dev.parafold.xf;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Arrays;

/**
 * {@code limit} for unboxed {@code long} pipelines: the same parallel plan as {@link
 * LimitTransducer} (exact offsets pass straight through; a chunk of unknown position holds at most
 * {@code n} elements), with the held elements in a {@code long[]} and the elements stepped unboxed.
 * Same as {@code LongStream.limit}.
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
    return new LongLimitReducer<>(LongReducer.of(downstream), n);
  }

  @Override
  public String describe() {
    return "limit(" + n + ")";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** Resolved (offset known): {@code pos} is the index of the next element. Otherwise held. */
  static final class LongLimitAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    boolean resolved;
    long pos;
    long[] held;
    int count;
  }

  private static final class LongLimitReducer<A, R>
      extends StatefulReducer<Long, Long, LongLimitAccumulator<A>, A, R>
      implements LongReducer<LongLimitAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final long n;

    LongLimitReducer(LongReducer<A, R> down, long n) {
      super(down, Strategy.INDEXED, "limit(" + n + ")");
      this.next = down;
      this.n = n;
    }

    @Override
    LongLimitAccumulator<A> open(long offset) {
      LongLimitAccumulator<A> s = new LongLimitAccumulator<>();
      s.resolved = offset >= 0;
      s.pos = offset;
      if (!s.resolved) {
        s.held = new long[(int) Math.min(16, n)];
      }
      return s;
    }

    /** As for limit: positions below n are unchanged. */
    @Override
    long downstreamOffset(long offset) {
      return offset >= 0 && offset <= n ? offset : UNKNOWN_OFFSET;
    }

    @Override
    public LongLimitAccumulator<A> stepLong(LongLimitAccumulator<A> s, long x) {
      if (s.resolved) {
        if (s.pos++ < n) {
          s.inner = next.stepLong(s.inner, x);
        }
      } else if (s.count < n) {
        if (s.count == s.held.length) {
          s.held = Arrays.copyOf(s.held, (int) Math.min(n, Math.max(16, 2L * s.count)));
        }
        s.held[s.count++] = x;
      }
      return s;
    }

    @Override
    public LongLimitAccumulator<A> combine(
        LongLimitAccumulator<A> left, LongLimitAccumulator<A> right) {
      if (left.resolved && right.resolved) {
        if (left.pos < n) {
          mergeInner(left, right);
        }
        left.pos = Math.max(left.pos, right.pos);
        return left;
      }
      for (int i = 0; i < right.count && !isDone(left); i++) {
        stepLong(left, right.held[i]);
      }
      return left;
    }

    @Override
    boolean startsInput(LongLimitAccumulator<A> s) {
      return s.resolved;
    }

    @Override
    public boolean isDone(LongLimitAccumulator<A> s) {
      return s.resolved ? s.pos >= n || down.isDone(s.inner) : s.count >= n;
    }

    @Override
    public boolean mayStop() {
      return true;
    }
  }
}
