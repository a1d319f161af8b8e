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
    return new LongDistinctReducer<>(LongReducer.of(downstream), budget);
  }

  @Override
  public String describe() {
    return "distinct";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** {@code seen}: the keys; a chunk not starting the input also lists them in order. */
  static final class LongDistinctAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    final LongSet seen = new LongSet();
    long[] order; // not first: first occurrences, in order
    int count;
  }

  private static final class LongDistinctReducer<A, R>
      extends StatefulReducer<Long, Long, LongDistinctAccumulator<A>, A, R>
      implements LongReducer<LongDistinctAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    private final LongReducer<A, R> next;
    private final StateBudget budget;

    LongDistinctReducer(LongReducer<A, R> down, StateBudget budget) {
      super(down, Strategy.MERGEABLE, "distinct");
      this.next = down;
      this.budget = budget;
    }

    @Override
    LongDistinctAccumulator<A> open(long offset) {
      LongDistinctAccumulator<A> s = new LongDistinctAccumulator<>();
      if (offset != 0) {
        s.order = new long[8];
      }
      return s;
    }

    @Override
    public LongDistinctAccumulator<A> stepLong(LongDistinctAccumulator<A> s, long x) {
      if (s.seen.add(x)) {
        budget.check("distinctLongs", s.seen.size());
        if (s.first) {
          s.inner = next.stepLong(s.inner, x);
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
    public LongDistinctAccumulator<A> combine(
        LongDistinctAccumulator<A> left, LongDistinctAccumulator<A> right) {
      if (right.first) {
        return afterEmptyLeft(left, right);
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
    public boolean isDone(LongDistinctAccumulator<A> s) {
      return s.first && down.isDone(s.inner);
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
