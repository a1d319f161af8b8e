package dev.parafold;

import dev.parafold.fn.DoubleBinOp;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.Effect2;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.IntBinOp;
import dev.parafold.fn.LongBinOp;
import dev.parafold.fn.ObjDoubleEffect;
import dev.parafold.fn.ObjIntEffect;
import dev.parafold.fn.ObjLongEffect;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Strategy;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The unboxed terminal reducers of {@link IntFold}, {@link LongFold} and {@link DoubleFold} that
 * the reduce package has no counterpart for: {@code reduce} with an operator, {@code collect} with
 * a primitive accumulator, primitive arrays, and {@code double} search. An {@code int} pipeline
 * runs on the {@code long} lane, so its reducers are {@code LongReducer}s that narrow.
 */
final class PrimitiveReducers {
  private PrimitiveReducers() {}

  /** A running value and whether any element was seen; serializable, as Spark ships partials. */
  static final class LongCell implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    boolean seen;
    long value;
  }

  /** A running {@code double} value and whether any element was seen; serializable. */
  static final class DoubleCell implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    boolean seen;
    double value;
  }

  /**
   * {@code reduce(op)} over {@code long}s: the cell holds the fold of the elements, if any; {@code
   * reduce(identity, op)} applies {@code op(identity, value)} to it (the same for a true identity).
   */
  static final class LongReducing implements LongReducer<LongCell, LongCell> {
    private static final long serialVersionUID = 1L;
    private final LongBinOp op;

    LongReducing(LongBinOp op) {
      this.op = java.util.Objects.requireNonNull(op, "op");
    }

    @Override
    public LongCell init() {
      return new LongCell();
    }

    @Override
    public LongCell stepLong(LongCell acc, long x) {
      acc.value = acc.seen ? op.applyAsLong(acc.value, x) : x;
      acc.seen = true;
      return acc;
    }

    @Override
    public boolean scalarReady(LongCell acc) {
      return acc.seen; // the first element is the running value, not op(identity, x)
    }

    @Override
    public long loadScalar(LongCell acc) {
      return acc.value;
    }

    @Override
    public LongCell storeScalar(LongCell acc, long s) {
      acc.value = s;
      return acc;
    }

    @Override
    public long stepScalar(long s, long x) {
      return op.applyAsLong(s, x);
    }

    @Override
    public LongCell combine(LongCell left, LongCell right) {
      if (right.seen) {
        left.value = left.seen ? op.applyAsLong(left.value, right.value) : right.value;
        left.seen = true;
      }
      return left;
    }

    @Override
    public LongCell complete(LongCell acc) {
      return acc; // the caller applies the identity, if any
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "reduce";
    }
  }

  /** {@code reduce} over {@code int}s on the {@code long} lane. */
  static final class IntReducing implements LongReducer<LongCell, LongCell> {
    private static final long serialVersionUID = 1L;
    private final IntBinOp op;

    IntReducing(IntBinOp op) {
      this.op = java.util.Objects.requireNonNull(op, "op");
    }

    @Override
    public LongCell init() {
      return new LongCell();
    }

    @Override
    public LongCell stepLong(LongCell acc, long x) {
      acc.value = acc.seen ? op.applyAsInt((int) acc.value, (int) x) : x;
      acc.seen = true;
      return acc;
    }

    @Override
    public boolean scalarReady(LongCell acc) {
      return acc.seen;
    }

    @Override
    public long loadScalar(LongCell acc) {
      return acc.value;
    }

    @Override
    public LongCell storeScalar(LongCell acc, long s) {
      acc.value = s;
      return acc;
    }

    @Override
    public long stepScalar(long s, long x) {
      return op.applyAsInt((int) s, (int) x);
    }

    @Override
    public LongCell combine(LongCell left, LongCell right) {
      if (right.seen) {
        left.value = left.seen ? op.applyAsInt((int) left.value, (int) right.value) : right.value;
        left.seen = true;
      }
      return left;
    }

    @Override
    public LongCell complete(LongCell acc) {
      return acc; // the caller applies the identity, if any
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "reduce";
    }
  }

  /**
   * {@code reduce} over {@code double}s; also {@code min} and {@code max} (with {@code Math}'s).
   */
  static final class DoubleReducing implements DoubleReducer<DoubleCell, DoubleCell> {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final DoubleBinOp op;

    DoubleReducing(DoubleBinOp op) {
      this("reduce", op);
    }

    DoubleReducing(String name, DoubleBinOp op) {
      this.name = name;
      this.op = java.util.Objects.requireNonNull(op, "op");
    }

    @Override
    public DoubleCell init() {
      return new DoubleCell();
    }

    @Override
    public DoubleCell stepDouble(DoubleCell acc, double x) {
      acc.value = acc.seen ? op.applyAsDouble(acc.value, x) : x;
      acc.seen = true;
      return acc;
    }

    @Override
    public boolean scalarReady(DoubleCell acc) {
      return acc.seen;
    }

    @Override
    public double loadScalar(DoubleCell acc) {
      return acc.value;
    }

    @Override
    public DoubleCell storeScalar(DoubleCell acc, double s) {
      acc.value = s;
      return acc;
    }

    @Override
    public double stepScalar(double s, double x) {
      return op.applyAsDouble(s, x);
    }

    @Override
    public DoubleCell combine(DoubleCell left, DoubleCell right) {
      if (right.seen) {
        left.value = left.seen ? op.applyAsDouble(left.value, right.value) : right.value;
        left.seen = true;
      }
      return left;
    }

    @Override
    public DoubleCell complete(DoubleCell acc) {
      return acc; // the caller applies the identity, if any
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return name;
    }
  }

  /**
   * {@code count()} over {@code double}s. Its scalar is the count of one run of the source loop as
   * a {@code double}, added to the cell at the end of the run: exact, as a run is one chunk of an
   * array (fewer than 2^31 elements, well below 2^53).
   */
  static final class DoubleCount implements DoubleReducer<LongCell, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public LongCell init() {
      return new LongCell();
    }

    @Override
    public LongCell stepDouble(LongCell acc, double x) {
      acc.value++;
      return acc;
    }

    @Override
    public boolean scalarReady(LongCell acc) {
      return true;
    }

    @Override
    public double loadScalar(LongCell acc) {
      return 0; // this run's count; storeScalar adds it
    }

    @Override
    public LongCell storeScalar(LongCell acc, double s) {
      acc.value += (long) s;
      return acc;
    }

    @Override
    public double stepScalar(double s, double x) {
      return s + 1;
    }

    @Override
    public LongCell combine(LongCell left, LongCell right) {
      left.value += right.value;
      return left;
    }

    @Override
    public Long complete(LongCell acc) {
      return acc.value;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "count";
    }
  }

  /**
   * What the three {@code collect(supplier, accumulator, combiner)} reducers share: a container per
   * chunk, merged by the user's combiner. Each subclass keeps its own unboxed step.
   */
  abstract static class Collecting<R> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Fn0<R> supplier;
    private final Effect2<R, R> combiner;

    Collecting(Fn0<R> supplier, Effect2<R, R> combiner) {
      this.supplier = java.util.Objects.requireNonNull(supplier, "supplier");
      this.combiner = java.util.Objects.requireNonNull(combiner, "combiner");
    }

    public R init() {
      return supplier.get();
    }

    public R combine(R left, R right) {
      combiner.accept(left, right);
      return left;
    }

    public R complete(R acc) {
      return acc;
    }

    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    public String describe() {
      return "collect";
    }
  }

  /** {@code collect(supplier, accumulator, combiner)} over {@code long}s. */
  static final class LongCollect<R> extends Collecting<R> implements LongReducer<R, R> {
    private static final long serialVersionUID = 1L;
    private final ObjLongEffect<R> accumulator;

    LongCollect(Fn0<R> supplier, ObjLongEffect<R> accumulator, Effect2<R, R> combiner) {
      super(supplier, combiner);
      this.accumulator = java.util.Objects.requireNonNull(accumulator, "accumulator");
    }

    @Override
    public R stepLong(R acc, long x) {
      accumulator.accept(acc, x);
      return acc;
    }
  }

  /** {@code collect} over {@code int}s on the {@code long} lane. */
  static final class IntCollect<R> extends Collecting<R> implements LongReducer<R, R> {
    private static final long serialVersionUID = 1L;
    private final ObjIntEffect<R> accumulator;

    IntCollect(Fn0<R> supplier, ObjIntEffect<R> accumulator, Effect2<R, R> combiner) {
      super(supplier, combiner);
      this.accumulator = java.util.Objects.requireNonNull(accumulator, "accumulator");
    }

    @Override
    public R stepLong(R acc, long x) {
      accumulator.accept(acc, (int) x);
      return acc;
    }
  }

  /** {@code collect} over {@code double}s. */
  static final class DoubleCollect<R> extends Collecting<R> implements DoubleReducer<R, R> {
    private static final long serialVersionUID = 1L;
    private final ObjDoubleEffect<R> accumulator;

    DoubleCollect(Fn0<R> supplier, ObjDoubleEffect<R> accumulator, Effect2<R, R> combiner) {
      super(supplier, combiner);
      this.accumulator = java.util.Objects.requireNonNull(accumulator, "accumulator");
    }

    @Override
    public R stepDouble(R acc, double x) {
      accumulator.accept(acc, x);
      return acc;
    }
  }

  /** A growing primitive array and its size, merged by appending. */
  abstract static class Buffer<B> {
    B array;
    int size;
  }

  /** Collects {@code long}s into a {@code long[]}. */
  static final class LongArray implements LongReducer<LongArray.Buf, long[]> {
    private static final long serialVersionUID = 1L;

    /** The buffer. */
    static final class Buf extends Buffer<long[]> {
      Buf() {
        array = new long[16];
      }
    }

    @Override
    public Buf init() {
      return new Buf();
    }

    @Override
    public Buf stepLong(Buf acc, long x) {
      if (acc.size == acc.array.length) {
        acc.array = Arrays.copyOf(acc.array, grow(acc.size, 1));
      }
      acc.array[acc.size++] = x;
      return acc;
    }

    @Override
    public Buf combine(Buf left, Buf right) {
      if (left.size + right.size > left.array.length) {
        left.array = Arrays.copyOf(left.array, grow(left.size, right.size));
      }
      System.arraycopy(right.array, 0, left.array, left.size, right.size);
      left.size += right.size;
      return left;
    }

    @Override
    public long[] complete(Buf acc) {
      return Arrays.copyOf(acc.array, acc.size);
    }

    @Override
    public String describe() {
      return "toArray";
    }
  }

  /** Collects {@code int}s (on the {@code long} lane) into an {@code int[]}. */
  static final class IntArray implements LongReducer<IntArray.Buf, int[]> {
    private static final long serialVersionUID = 1L;

    /** The buffer. */
    static final class Buf extends Buffer<int[]> {
      Buf() {
        array = new int[16];
      }
    }

    @Override
    public Buf init() {
      return new Buf();
    }

    @Override
    public Buf stepLong(Buf acc, long x) {
      if (acc.size == acc.array.length) {
        acc.array = Arrays.copyOf(acc.array, grow(acc.size, 1));
      }
      acc.array[acc.size++] = (int) x;
      return acc;
    }

    @Override
    public Buf combine(Buf left, Buf right) {
      if (left.size + right.size > left.array.length) {
        left.array = Arrays.copyOf(left.array, grow(left.size, right.size));
      }
      System.arraycopy(right.array, 0, left.array, left.size, right.size);
      left.size += right.size;
      return left;
    }

    @Override
    public int[] complete(Buf acc) {
      return Arrays.copyOf(acc.array, acc.size);
    }

    @Override
    public String describe() {
      return "toArray";
    }
  }

  /** Collects {@code double}s into a {@code double[]}. */
  static final class DoubleArray implements DoubleReducer<DoubleArray.Buf, double[]> {
    private static final long serialVersionUID = 1L;

    /** The buffer. */
    static final class Buf extends Buffer<double[]> {
      Buf() {
        array = new double[16];
      }
    }

    @Override
    public Buf init() {
      return new Buf();
    }

    @Override
    public Buf stepDouble(Buf acc, double x) {
      if (acc.size == acc.array.length) {
        acc.array = Arrays.copyOf(acc.array, grow(acc.size, 1));
      }
      acc.array[acc.size++] = x;
      return acc;
    }

    @Override
    public Buf combine(Buf left, Buf right) {
      if (left.size + right.size > left.array.length) {
        left.array = Arrays.copyOf(left.array, grow(left.size, right.size));
      }
      System.arraycopy(right.array, 0, left.array, left.size, right.size);
      left.size += right.size;
      return left;
    }

    @Override
    public double[] complete(Buf acc) {
      return Arrays.copyOf(acc.array, acc.size);
    }

    @Override
    public String describe() {
      return "toArray";
    }
  }

  /**
   * The next capacity for {@code size + more} elements: doubling, failing past an array's limit.
   */
  static int grow(int size, int more) {
    long want = Math.max((long) size + more, (long) size * 2);
    long max = Integer.MAX_VALUE - 8;
    if ((long) size + more > max) {
      throw new IllegalStateException(
          "toArray: more than " + max + " elements do not fit in one array");
    }
    return (int) Math.min(want, max);
  }

  /** The first {@code double}, unboxed; stops at once. */
  static final class DoubleFirst implements DoubleReducer<DoubleCell, OptionalDouble> {
    private static final long serialVersionUID = 1L;

    @Override
    public DoubleCell init() {
      return new DoubleCell();
    }

    @Override
    public DoubleCell stepDouble(DoubleCell acc, double x) {
      if (!acc.seen) {
        acc.seen = true;
        acc.value = x;
      }
      return acc;
    }

    @Override
    public DoubleCell combine(DoubleCell left, DoubleCell right) {
      return left.seen ? left : right;
    }

    @Override
    public OptionalDouble complete(DoubleCell acc) {
      return acc.seen ? OptionalDouble.of(acc.value) : OptionalDouble.empty();
    }

    @Override
    public boolean isDone(DoubleCell acc) {
      return acc.seen;
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "findFirst";
    }
  }

  /** Whether some {@code double}'s test result equals {@code passWhen}; stops at the first. */
  static final class DoubleMatch implements DoubleReducer<boolean[], Boolean> {
    private static final long serialVersionUID = 1L;
    private final DoublePred test;
    private final boolean passWhen;

    DoubleMatch(DoublePred test, boolean passWhen) {
      this.test = java.util.Objects.requireNonNull(test, "test");
      this.passWhen = passWhen;
    }

    @Override
    public boolean[] init() {
      return new boolean[1];
    }

    @Override
    public boolean[] stepDouble(boolean[] acc, double x) {
      if (!acc[0] && test.test(x) == passWhen) {
        acc[0] = true;
      }
      return acc;
    }

    @Override
    public boolean[] combine(boolean[] left, boolean[] right) {
      left[0] |= right[0];
      return left;
    }

    @Override
    public Boolean complete(boolean[] acc) {
      return acc[0];
    }

    @Override
    public boolean isDone(boolean[] acc) {
      return acc[0];
    }

    @Override
    public boolean mayStop() {
      return true;
    }

    @Override
    public Strategy strategy() {
      return Strategy.MERGEABLE;
    }

    @Override
    public String describe() {
      return "anyMatch";
    }
  }
}
