package dev.parafold.reduce;

import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.Cells.DoubleStatsCell;
import dev.parafold.reduce.Cells.DoubleSum;
import dev.parafold.reduce.Cells.LongStatsCell;
import java.util.DoubleSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The numeric summaries: compensated {@code double} sums, averages, {@code long} extremes and
 * summary statistics. Accumulators are the serializable {@link Cells}, so partial results travel
 * between Spark tasks; the unboxed reducers are {@link LongReducer}s and {@link DoubleReducer}s.
 */
final class Statistics {
  private Statistics() {}

  /** {@code Reducers.summingDouble(f)}. */
  static <T> Reducer<T, ?, Double> summingDouble(ToDouble<? super T> f) {
    return new FnReducer<T, DoubleSum, Double>(
        "summingDouble",
        DoubleSum::new,
        (a, t) -> {
          a.add(f.applyAsDouble(t));
          return a;
        },
        DoubleSum::merge,
        DoubleSum::value);
  }

  /** The mean of {@code f} as a {@code DoubleSummaryStatistics} would give it, then finished. */
  private static <T, R> Reducer<T, ?, R> meanOf(
      String name, ToDouble<? super T> f, dev.parafold.fn.Fn<DoubleStatsCell, R> finish) {
    return new FnReducer<T, DoubleStatsCell, R>(
        name,
        DoubleStatsCell::new,
        (a, t) -> {
          a.accept(f.applyAsDouble(t));
          return a;
        },
        DoubleStatsCell::merge,
        finish);
  }

  /** {@code Reducers.averaging(f)}: empty for no elements. */
  static <T> Reducer<T, ?, OptionalDouble> averaging(ToDouble<? super T> f) {
    return meanOf(
        "averaging",
        f,
        a -> a.count == 0 ? OptionalDouble.empty() : OptionalDouble.of(a.average()));
  }

  /** {@code Reducers.averagingDouble(f)}: {@code 0.0} for no elements, as the JDK's. */
  static <T> Reducer<T, ?, Double> averagingDouble(ToDouble<? super T> f) {
    return meanOf("averagingDouble", f, DoubleStatsCell::average);
  }

  /** {@code Reducers.averagingLong(f)}: the exact {@code long} sum over the count; 0 if none. */
  static <T> Reducer<T, ?, Double> averagingLong(ToLong<? super T> f) {
    return new FnReducer<T, long[], Double>(
        "averagingLong",
        () -> new long[2],
        (a, t) -> {
          a[0] += f.applyAsLong(t);
          a[1]++;
          return a;
        },
        (l, r) -> {
          l[0] += r[0];
          l[1] += r[1];
          return l;
        },
        a -> a[1] == 0 ? 0.0d : (double) a[0] / a[1]);
  }

  // ---- unboxed -----------------------------------------------------------------------------

  /** Sums unboxed {@code double}s with compensation. */
  static final class SumDoubles extends MergingReducer<Double, DoubleSum, Double>
      implements DoubleReducer<DoubleSum, Double> {
    private static final long serialVersionUID = 1L;
    static final SumDoubles INSTANCE = new SumDoubles();

    private SumDoubles() {
      super("sum", DoubleSum::new, DoubleSum::merge, DoubleSum::value);
    }

    @Override
    public DoubleSum stepDouble(DoubleSum acc, double x) {
      acc.add(x);
      return acc;
    }

    @Override
    public DoubleSum step(DoubleSum acc, Double x) {
      return stepDouble(acc, x);
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** The least or greatest unboxed {@code long}; {@code [count, value]}. */
  static final class LongExtreme extends MergingReducer<Long, long[], OptionalLong>
      implements LongReducer<long[], OptionalLong> {
    private static final long serialVersionUID = 1L;
    private final boolean min;

    LongExtreme(boolean min) {
      super(
          min ? "min" : "max",
          () -> new long[2],
          (l, r) -> merge(min, l, r),
          a -> a[0] == 0 ? OptionalLong.empty() : OptionalLong.of(a[1]));
      this.min = min;
    }

    private static long[] merge(boolean min, long[] left, long[] right) {
      if (right[0] == 0) {
        return left;
      }
      if (left[0] == 0) {
        return right;
      }
      left[0] += right[0];
      left[1] = min ? Math.min(left[1], right[1]) : Math.max(left[1], right[1]);
      return left;
    }

    @Override
    public long[] stepLong(long[] acc, long x) {
      if (acc[0]++ == 0 || (min ? x < acc[1] : x > acc[1])) {
        acc[1] = x;
      }
      return acc;
    }

    @Override
    public long[] step(long[] acc, Long x) {
      return stepLong(acc, x);
    }
  }

  /** {@code LongSummaryStatistics} of unboxed {@code long}s, in a serializable accumulator. */
  static final class LongStatistics
      extends MergingReducer<Long, LongStatsCell, LongSummaryStatistics>
      implements LongReducer<LongStatsCell, LongSummaryStatistics> {
    private static final long serialVersionUID = 1L;
    static final LongStatistics INSTANCE = new LongStatistics();

    private LongStatistics() {
      super(
          "summaryStatistics",
          LongStatsCell::new,
          LongStatsCell::merge,
          LongStatsCell::toStatistics);
    }

    @Override
    public LongStatsCell stepLong(LongStatsCell acc, long x) {
      acc.accept(x);
      return acc;
    }

    @Override
    public LongStatsCell step(LongStatsCell acc, Long x) {
      return stepLong(acc, x);
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** {@code DoubleSummaryStatistics} of unboxed {@code double}s, in a serializable accumulator. */
  static final class DoubleStatistics
      extends MergingReducer<Double, DoubleStatsCell, DoubleSummaryStatistics>
      implements DoubleReducer<DoubleStatsCell, DoubleSummaryStatistics> {
    private static final long serialVersionUID = 1L;
    static final DoubleStatistics INSTANCE = new DoubleStatistics();

    private DoubleStatistics() {
      super(
          "summaryStatistics",
          DoubleStatsCell::new,
          DoubleStatsCell::merge,
          DoubleStatsCell::toStatistics);
    }

    @Override
    public DoubleStatsCell stepDouble(DoubleStatsCell acc, double x) {
      acc.accept(x);
      return acc;
    }

    @Override
    public DoubleStatsCell step(DoubleStatsCell acc, Double x) {
      return stepDouble(acc, x);
    }

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
