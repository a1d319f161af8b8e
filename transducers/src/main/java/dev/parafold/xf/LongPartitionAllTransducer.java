package dev.parafold.xf;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Arrays;

/**
 * Groups unboxed {@code long}s into {@code long[]} batches of {@code n} (the last may be shorter),
 * or {@code int}s (on the {@code long} lane) into {@code int[]} batches, never boxing an element:
 * {@link PartitionAllTransducer} with primitive buffers. Same parallel plan: a chunk of known
 * offset holds back its head (the elements before its first partition start), emits the full
 * batches inside it and keeps the partial one at its end open; {@code combine} completes the left
 * part's open batch with the right part's head. A chunk of unknown offset holds all its elements
 * until {@code combine} gives them positions. Array sources hand it whole blocks ({@code
 * stepLongs}/{@code stepInts}), which it copies into its batches a run at a time.
 *
 * @param <B> the batch type, {@code long[]} or {@code int[]}
 */
final class LongPartitionAllTransducer<B> implements Transducer<Long, B> {
  private static final long serialVersionUID = 1L;
  private final int n;
  private final boolean ints;

  private LongPartitionAllTransducer(int n, boolean ints) {
    if (n < 1) {
      throw new IllegalArgumentException(
          (ints ? "partitionAllInts" : "partitionAllLongs") + ": n must be >= 1, was " + n);
    }
    this.n = n;
    this.ints = ints;
  }

  /** {@code long[]} batches. */
  static LongPartitionAllTransducer<long[]> longs(int n) {
    return new LongPartitionAllTransducer<>(n, false);
  }

  /** {@code int[]} batches of elements that fit an {@code int}. */
  static LongPartitionAllTransducer<int[]> ints(int n) {
    return new LongPartitionAllTransducer<>(n, true);
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<Long, ?, R> apply(Reducer<? super B, A, R> downstream) {
    return new PartitionAllLongsReducer<>(downstream, n, ints);
  }

  @Override
  public String describe() {
    return (ints ? "partitionAllInts(" : "partitionAllLongs(") + n + ")";
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
    boolean started; // reached a partition start
    Object open; // the batch being filled, a long[] or int[]; null when none is
    int openSize;
    Buf held;
  }

  private static final class PartitionAllLongsReducer<B, A, R>
      implements LongReducer<PartitionAllLongsAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super B, A, R> down;
    private final int n;
    private final boolean ints;

    PartitionAllLongsReducer(Reducer<? super B, A, R> down, int n, boolean ints) {
      this.down = down;
      this.n = n;
      this.ints = ints;
    }

    private Object newBatch() {
      return ints ? new int[n] : new long[n];
    }

    @SuppressWarnings("unchecked")
    private void emit(PartitionAllLongsAccumulator<A> s, Object batch) {
      if (!down.isDone(s.inner)) {
        s.inner = down.step(s.inner, (B) batch);
      }
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
      s.started = true;
      if (s.open == null) {
        s.open = newBatch();
      }
      if (ints) {
        ((int[]) s.open)[s.openSize++] = (int) x;
      } else {
        ((long[]) s.open)[s.openSize++] = x;
      }
      if (s.openSize == n) {
        emit(s, s.open);
        s.open = null;
        s.openSize = 0;
      }
    }

    @Override
    public boolean takesSlices() {
      return true;
    }

    @Override
    public PartitionAllLongsAccumulator<A> stepLongs(
        PartitionAllLongsAccumulator<A> s, long[] a, int from, int to) {
      int i = head(s, a, null, from, to);
      while (i < to) {
        if (s.openSize == 0 && to - i >= n) { // a whole batch: one copy, no zeroing
          emit(s, ints ? narrow(a, i, n) : Arrays.copyOfRange(a, i, i + n));
          s.next += n;
          i += n;
          continue;
        }
        int k = Math.min(n - s.openSize, to - i);
        if (s.open == null) {
          s.open = newBatch();
        }
        if (ints) {
          int[] open = (int[]) s.open;
          for (int j = 0; j < k; j++) {
            open[s.openSize + j] = (int) a[i + j];
          }
        } else {
          System.arraycopy(a, i, s.open, s.openSize, k);
        }
        i = filled(s, i, k);
      }
      return s;
    }

    @Override
    public PartitionAllLongsAccumulator<A> stepInts(
        PartitionAllLongsAccumulator<A> s, int[] a, int from, int to) {
      int i = head(s, null, a, from, to);
      while (i < to) {
        if (s.openSize == 0 && to - i >= n) { // a whole batch: one copy, no zeroing
          emit(s, ints ? Arrays.copyOfRange(a, i, i + n) : widen(a, i, n));
          s.next += n;
          i += n;
          continue;
        }
        int k = Math.min(n - s.openSize, to - i);
        if (s.open == null) {
          s.open = newBatch();
        }
        if (ints) {
          System.arraycopy(a, i, s.open, s.openSize, k);
        } else {
          long[] open = (long[]) s.open;
          for (int j = 0; j < k; j++) {
            open[s.openSize + j] = a[i + j];
          }
        }
        i = filled(s, i, k);
      }
      return s;
    }

    private static int[] narrow(long[] a, int from, int k) {
      int[] out = new int[k];
      for (int j = 0; j < k; j++) {
        out[j] = (int) a[from + j];
      }
      return out;
    }

    private static long[] widen(int[] a, int from, int k) {
      long[] out = new long[k];
      for (int j = 0; j < k; j++) {
        out[j] = a[from + j];
      }
      return out;
    }

    /**
     * Steps the elements of a slice (of {@code longs} or {@code ints}) one by one while they are
     * held or in the head; returns where the batches begin.
     */
    private int head(PartitionAllLongsAccumulator<A> s, long[] longs, int[] ints, int i, int to) {
      while (i < to && (s.start < 0 || s.next < s.boundary)) {
        stepLong(s, longs != null ? longs[i] : ints[i]);
        i++;
      }
      if (i < to) {
        s.started = true;
      }
      return i;
    }

    /** After {@code k} elements from {@code i} were copied into the open batch. */
    private int filled(PartitionAllLongsAccumulator<A> s, int i, int k) {
      s.openSize += k;
      s.next += k;
      if (s.openSize == n) {
        emit(s, s.open);
        s.open = null;
        s.openSize = 0;
      }
      return i + k;
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
      if (right.started) {
        if (!down.isDone(left.inner)) {
          left.inner = down.combine(left.inner, right.inner);
        }
        left.started = true;
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
      if (s.open != null && s.openSize > 0) {
        emit(
            s,
            ints
                ? Arrays.copyOf((int[]) s.open, s.openSize)
                : Arrays.copyOf((long[]) s.open, s.openSize));
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
      return (ints ? "partitionAllInts(" : "partitionAllLongs(") + n + ") -> " + down.describe();
    }
  }
}
