package dev.parafold.xf;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Arrays;

/**
 * Groups unboxed {@code long}s into {@code long[]} batches of {@code n} (the last may be shorter),
 * never boxing an element: {@link PartitionAllTransducer} with primitive buffers. Same parallel
 * plan: a chunk of known offset holds back its head (the elements before its first partition
 * start), emits the full batches inside it and keeps the partial one at its end open; {@code
 * combine} completes the left part's open batch with the right part's head. A chunk of unknown
 * offset holds all its elements until {@code combine} gives them positions.
 */
final class LongPartitionAllTransducer implements Transducer<Long, long[]> {
  private static final long serialVersionUID = 1L;
  private final int n;

  LongPartitionAllTransducer(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("partitionAllLongs: n must be >= 1, was " + n);
    }
    this.n = n;
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<Long, ?, R> apply(Reducer<? super long[], A, R> downstream) {
    return new PartitionAllLongsReducer<>(downstream, n);
  }

  @Override
  public String describe() {
    return "partitionAllLongs(" + n + ")";
  }

  // ---- per-chunk state and reducer ----------------------------------------------------------

  /** A growable {@code long} buffer. */
  static final class Buf implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    long[] xs;
    int size;

    Buf(int capacity) {
      xs = new long[Math.max(1, capacity)];
    }

    void add(long x) {
      if (size == xs.length) {
        xs = Arrays.copyOf(xs, size * 2);
      }
      xs[size++] = x;
    }
  }

  /** Known offset: {@code next}, {@code head}, {@code open}. Unknown: {@code held}. */
  static final class PartitionAllLongsAccumulator<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    long start;
    long next;
    long boundary; // first partition start at or after start
    Buf head;
    long[] open; // null until the chunk reached a partition start
    int openSize;
    Buf held;
  }

  private static final class PartitionAllLongsReducer<A, R>
      implements LongReducer<PartitionAllLongsAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super long[], A, R> down;
    private final int n;

    PartitionAllLongsReducer(Reducer<? super long[], A, R> down, int n) {
      this.down = down;
      this.n = n;
    }

    @Override
    public PartitionAllLongsAccumulator<A> init() {
      return init(0);
    }

    @Override
    public PartitionAllLongsAccumulator<A> init(long offset) {
      PartitionAllLongsAccumulator<A> s = new PartitionAllLongsAccumulator<>();
      s.start = offset;
      s.next = offset;
      s.inner = down.init(offset == 0 ? 0 : UNKNOWN_OFFSET);
      if (offset < 0) {
        s.held = new Buf(16);
      } else {
        s.boundary = (offset + n - 1) / n * n;
        s.head = new Buf(Math.min(n, 16));
      }
      return s;
    }

    @Override
    public PartitionAllLongsAccumulator<A> stepLong(PartitionAllLongsAccumulator<A> s, long x) {
      if (s.start < 0) {
        s.held.add(x);
      } else {
        place(s, x);
      }
      return s;
    }

    private void place(PartitionAllLongsAccumulator<A> s, long x) {
      long i = s.next++;
      if (i < s.boundary) {
        s.head.add(x);
        return;
      }
      if (s.open == null) {
        s.open = new long[n];
        s.openSize = 0;
      }
      s.open[s.openSize++] = x;
      if (s.openSize == n) {
        if (!down.isDone(s.inner)) {
          s.inner = down.step(s.inner, s.open);
        }
        s.open = new long[n];
        s.openSize = 0;
      }
    }

    @Override
    public PartitionAllLongsAccumulator<A> combine(
        PartitionAllLongsAccumulator<A> left, PartitionAllLongsAccumulator<A> right) {
      if (left.start < 0) {
        if (right.start >= 0) {
          throw new IllegalStateException(
              "partitionAllLongs: a known offset follows an unknown one");
        }
        for (int i = 0; i < right.held.size; i++) {
          left.held.add(right.held.xs[i]);
        }
        return left;
      }
      if (right.start < 0) {
        for (int i = 0; i < right.held.size; i++) {
          place(left, right.held.xs[i]);
        }
        return left;
      }
      for (int i = 0; i < right.head.size; i++) {
        place(left, right.head.xs[i]);
      }
      if (right.open != null) {
        if (!down.isDone(left.inner)) {
          left.inner = down.combine(left.inner, right.inner);
        }
        left.open = right.open;
        left.openSize = right.openSize;
      }
      left.next = right.next;
      return left;
    }

    @Override
    public R complete(PartitionAllLongsAccumulator<A> s) {
      if (s.start != 0) {
        s = combine(init(0), s);
      }
      if (s.open != null && s.openSize > 0 && !down.isDone(s.inner)) {
        s.inner = down.step(s.inner, Arrays.copyOf(s.open, s.openSize));
      }
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(PartitionAllLongsAccumulator<A> s) {
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
      return "partitionAllLongs(" + n + ") -> " + down.describe();
    }
  }
}
