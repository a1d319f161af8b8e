package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups elements into lists of {@code n} (the last may be shorter): 1..5 with {@code n = 2} gives
 * [1, 2], [3, 4], [5]. Clojure {@code partition-all}; Rust {@code chunks}; JDK 22 {@code
 * Gatherers.windowFixed}.
 *
 * <p>Parallel (index-aware): partitions start at multiples of {@code n}. A chunk of known offset
 * knows where they start: it holds back its head (the elements before its first partition start,
 * which belong to a partition begun to its left), emits the full partitions inside it, and keeps
 * the partial partition at its end open. {@code combine} completes the left part's open partition
 * with the right part's head. A chunk of unknown offset holds all its elements until {@code
 * combine} gives them positions.
 */
final class PartitionAllTransducer<T> implements Transducer<T, List<T>> {
  private static final long serialVersionUID = 1L;
  private final int n;

  PartitionAllTransducer(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("partitionAll: n must be >= 1, was " + n);
    }
    this.n = n;
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super List<T>, A, R> downstream) {
    return new PartitionAllReducer<>(downstream, n);
  }

  @Override
  public String describe() {
    return "partitionAll(" + n + ")";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  /** Known offset: {@code next}, {@code head}, {@code open}. Unknown: {@code held}. */
  static final class PartitionAllAccumulator<A> extends StatefulReducer.Accumulator<A> {
    private static final long serialVersionUID = 1L;
    long start;
    long next;
    long boundary; // first partition start at or after start
    ArrayList<Object> head;
    ArrayList<Object> open; // null until the chunk reached a partition start
    ArrayList<Object> held;
  }

  private static final class PartitionAllReducer<T, A, R>
      extends StatefulReducer<T, List<T>, PartitionAllAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final int n;

    PartitionAllReducer(Reducer<? super List<T>, A, R> down, int n) {
      super(down, Strategy.INDEXED, "partitionAll(" + n + ")");
      this.n = n;
    }

    @Override
    PartitionAllAccumulator<A> open(long offset) {
      PartitionAllAccumulator<A> s = new PartitionAllAccumulator<>();
      s.start = offset;
      s.next = offset;
      if (offset < 0) {
        s.held = new ArrayList<>();
      } else {
        s.boundary = (offset + n - 1) / n * n;
        s.head = new ArrayList<>();
      }
      return s;
    }

    @Override
    public PartitionAllAccumulator<A> step(PartitionAllAccumulator<A> s, T t) {
      if (s.start < 0) {
        s.held.add(t);
      } else {
        place(s, t);
      }
      return s;
    }

    @SuppressWarnings("unchecked")
    private void place(PartitionAllAccumulator<A> s, Object t) {
      long i = s.next++;
      if (i < s.boundary) {
        s.head.add(t);
        return;
      }
      if (s.open == null) {
        s.open = new ArrayList<>(n);
      }
      s.open.add(t);
      if (s.open.size() == n) {
        emit(s, (List<T>) (List<?>) s.open);
        s.open = new ArrayList<>(n);
      }
    }

    @Override
    public PartitionAllAccumulator<A> combine(
        PartitionAllAccumulator<A> left, PartitionAllAccumulator<A> right) {
      if (left.start < 0) {
        if (right.start >= 0) {
          throw new IllegalStateException("partitionAll: a known offset follows an unknown one");
        }
        left.held.addAll(right.held);
        return left;
      }
      if (right.start < 0) {
        for (Object x : right.held) {
          place(left, x);
        }
        return left;
      }
      for (Object x : right.head) {
        place(left, x);
      }
      if (right.open != null) {
        mergeInner(left, right);
        left.open = right.open;
      }
      left.next = right.next;
      return left;
    }

    /** The whole input's last partition may be short: it is passed too. */
    @Override
    @SuppressWarnings("unchecked")
    A finish(PartitionAllAccumulator<A> s) {
      if (s.open != null && !s.open.isEmpty()) {
        emit(s, (List<T>) (List<?>) s.open);
      }
      return s.inner;
    }

    @Override
    public boolean isDone(PartitionAllAccumulator<A> s) {
      return s.start >= 0 && down.isDone(s.inner);
    }
  }
}
