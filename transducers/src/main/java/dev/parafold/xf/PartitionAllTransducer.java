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
    return new Step<>(downstream, n);
  }

  @Override
  public String describe() {
    return "partitionAll(" + n + ")";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /** Known offset: {@code next}, {@code head}, {@code open}. Unknown: {@code held}. */
  static final class State<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    long start;
    long next;
    long boundary; // first partition start at or after start
    ArrayList<Object> head;
    ArrayList<Object> open; // null until the chunk reached a partition start
    ArrayList<Object> held;
  }

  private static final class Step<T, A, R> implements Reducer<T, State<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super List<T>, A, R> down;
    private final int n;

    Step(Reducer<? super List<T>, A, R> down, int n) {
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
      s.start = offset;
      s.next = offset;
      s.inner = down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
      if (offset < 0) {
        s.held = new ArrayList<>();
      } else {
        s.boundary = (offset + n - 1) / n * n;
        s.head = new ArrayList<>();
      }
      return s;
    }

    @Override
    public State<A> step(State<A> s, T t) {
      if (s.start < 0) {
        s.held.add(t);
      } else {
        place(s, t);
      }
      return s;
    }

    @SuppressWarnings("unchecked")
    private void place(State<A> s, Object t) {
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
        if (!down.isDone(s.inner)) {
          s.inner = down.step(s.inner, (List<T>) (List<?>) s.open);
        }
        s.open = new ArrayList<>(n);
      }
    }

    @Override
    public State<A> combine(State<A> left, State<A> right) {
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
        if (!down.isDone(left.inner)) {
          left.inner = down.combine(left.inner, right.inner);
        }
        left.open = right.open;
      }
      left.next = right.next;
      return left;
    }

    @Override
    @SuppressWarnings("unchecked")
    public R complete(State<A> s) {
      if (s.start != 0) {
        s = combine(init(0), s);
      }
      if (s.open != null && !s.open.isEmpty() && !down.isDone(s.inner)) {
        s.inner = down.step(s.inner, (List<T>) (List<?>) s.open);
      }
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(State<A> s) {
      return s.start >= 0 && down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return Strategy.INDEXED.max(down.strategy());
    }

    @Override
    public String describe() {
      return "partitionAll(" + n + ") -> " + down.describe();
    }
  }
}
