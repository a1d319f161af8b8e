package dev.parafold.xf;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Arrays;

/**
 * {@code distinct} for unboxed {@code long} pipelines: the same parallel plan as {@link
 * DistinctTransducer}, with an open-addressing {@code long} hash set and candidates in a {@code
 * long[]}, so no element is boxed. Same as {@code LongStream.distinct}. A {@link StateBudget} caps
 * the keys of any one accumulator (reported as {@code distinctLongs}).
 */
final class LongDistinctTransducer implements Transducer<Long, Long> {
  private static final long serialVersionUID = 1L;
  private final StateBudget budget;

  LongDistinctTransducer(StateBudget budget) {
    this.budget = java.util.Objects.requireNonNull(budget, "budget");
  }

  @Override
  public Strategy strategy() {
    return Strategy.MERGEABLE;
  }

  @Override
  public <A, R> Reducer<Long, ?, R> apply(Reducer<? super Long, A, R> downstream) {
    return new Step<>(LongReducer.of(downstream), budget);
  }

  @Override
  public String describe() {
    return "distinct";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /** {@code seen}: the keys; a chunk not starting the input also lists them in order. */
  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    boolean first;
    final LongSet seen = new LongSet();
    long[] order; // not first: first occurrences, in order
    int count;
  }

  private static final class Step<A, R> implements LongReducer<State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> down;
    private final StateBudget budget;

    Step(LongReducer<A, R> down, StateBudget budget) {
      this.down = down;
      this.budget = budget;
    }

    @Override
    public State<A> init() {
      return init(0);
    }

    @Override
    public State<A> init(long offset) {
      State<A> s = new State<>();
      s.first = offset == 0;
      s.inner = down.init(s.first ? 0 : UNKNOWN_OFFSET);
      if (!s.first) {
        s.order = new long[8];
      }
      return s;
    }

    @Override
    public State<A> stepLong(State<A> s, long x) {
      if (s.seen.add(x)) {
        budget.check("distinctLongs", s.seen.size());
        if (s.first) {
          s.inner = down.stepLong(s.inner, x);
        } else {
          if (s.count == s.order.length) {
            s.order = Arrays.copyOf(s.order, s.count * 2);
          }
          s.order[s.count++] = x;
        }
      }
      return s;
    }

    @Override
    public State<A> step(State<A> s, Long x) {
      return stepLong(s, x);
    }

    @Override
    public State<A> combine(State<A> left, State<A> right) {
      if (right.first) {
        // only empty chunks lie left of a chunk that starts the input (e.g. an executor's seed)
        right.inner = down.combine(left.inner, right.inner);
        return right;
      }
      for (int i = 0; i < right.count; i++) {
        if (left.first && down.isDone(left.inner)) {
          break;
        }
        stepLong(left, right.order[i]);
      }
      return left;
    }

    @Override
    public R complete(State<A> s) {
      return down.complete(s.first ? s.inner : combine(init(0), s).inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.first && down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE.max(down.strategy());
    }

    @Override
    public String describe() {
      return "distinct -> " + down.describe();
    }
  }

  /** An open-addressing set of {@code long}s (linear probing; 0 tracked apart). */
  static final class LongSet implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private long[] table = new long[16];
    private int size;
    private boolean hasZero;

    /** The number of elements. */
    long size() {
      return size + (hasZero ? 1L : 0L);
    }

    /** Adds {@code x}; whether it was absent. */
    boolean add(long x) {
      if (x == 0) {
        boolean added = !hasZero;
        hasZero = true;
        return added;
      }
      int mask = table.length - 1;
      int i = mix(x) & mask;
      while (table[i] != 0) {
        if (table[i] == x) {
          return false;
        }
        i = (i + 1) & mask;
      }
      table[i] = x;
      if (++size * 2 > table.length) {
        grow();
      }
      return true;
    }

    private void grow() {
      long[] old = table;
      table = new long[old.length * 2];
      int mask = table.length - 1;
      for (long x : old) {
        if (x != 0) {
          int i = mix(x) & mask;
          while (table[i] != 0) {
            i = (i + 1) & mask;
          }
          table[i] = x;
        }
      }
    }

    private static int mix(long x) {
      long z = x * 0x9E3779B97F4A7C15L;
      return (int) (z ^ (z >>> 32));
    }
  }
}
