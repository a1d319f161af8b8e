package dev.parafold.reduce;

import dev.parafold.fn.ToDouble;
import dev.parafold.fn.ToLong;
import dev.parafold.reduce.Cells.DoubleStatsCell;
import dev.parafold.reduce.Cells.DoubleSum;
import dev.parafold.reduce.Cells.LongStatsCell;
import java.util.DoubleSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.OptionalDouble;

/**
 * The numeric summaries: compensated {@code double} sums, averages, {@code long} summary
 * statistics. Accumulators are the serializable {@link Cells}, so partial results travel between
 * Spark tasks; the unboxed reducers are {@link LongReducer}s and {@link DoubleReducer}s.
 */
final class Statistics {
  private Statistics() {}

  /** {@code Reducers.summingDouble(f)}. */
  static <T> Reducer<T, ?, Double> summingDouble(ToDouble<? super T> f) {
    return new FnReducer<T, DoubleSum, Double>(
        "summingDouble",
        DoubleSum::new,
        (a, t) -> {
          a.accept(f.applyAsDouble(t));
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

  /** {@code Reducers.sumDoubles()}: a compensated sum. */
  static DoubleReducer<?, Double> sumDoubles() {
    return new DoubleSinkReducer<>("sum", DoubleSum::new, DoubleSum::merge, DoubleSum::value);
  }

  /** {@code Reducers.doubleStatistics()}. */
  static DoubleReducer<?, DoubleSummaryStatistics> doubleStatistics() {
    return new DoubleSinkReducer<>(
        "summaryStatistics",
        DoubleStatsCell::new,
        DoubleStatsCell::merge,
        DoubleStatsCell::toStatistics);
  }

  /** {@code Reducers.longStatistics()}. */
  static LongReducer<?, LongSummaryStatistics> longStatistics() {
    return new LongSinkReducer<>(
        "summaryStatistics", LongStatsCell::new, LongStatsCell::merge, LongStatsCell::toStatistics);
  }

  /** A {@link LongReducer} over a cell that takes unboxed {@code long}s. */
  static final class LongSinkReducer<C extends Cells.LongSink, R> extends MergingReducer<Long, C, R>
      implements LongReducer<C, R> {
    private static final long serialVersionUID = 1L;

    LongSinkReducer(
        String name,
        dev.parafold.fn.Fn0<C> init,
        dev.parafold.fn.BinOp<C> combine,
        dev.parafold.fn.Fn<C, R> complete) {
      super(name, init, combine, complete);
    }

    @Override
    public C stepLong(C acc, long x) {
      acc.accept(x);
      return acc;
    }

    @Override
    public C step(C acc, Long x) {
      return stepLong(acc, x);
    }
  }

  /** A {@link DoubleReducer} over a cell that takes unboxed {@code double}s. */
  static final class DoubleSinkReducer<C extends Cells.DoubleSink, R>
      extends MergingReducer<Double, C, R> implements DoubleReducer<C, R> {
    private static final long serialVersionUID = 1L;

    DoubleSinkReducer(
        String name,
        dev.parafold.fn.Fn0<C> init,
        dev.parafold.fn.BinOp<C> combine,
        dev.parafold.fn.Fn<C, R> complete) {
      super(name, init, combine, complete);
    }

    @Override
    public C stepDouble(C acc, double x) {
      acc.accept(x);
      return acc;
    }

    @Override
    public C step(C acc, Double x) {
      return stepDouble(acc, x);
    }
  }
}
