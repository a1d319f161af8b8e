package dev.parafold.reduce;

import java.io.Serializable;
import java.util.DoubleSummaryStatistics;
import java.util.LongSummaryStatistics;

/**
 * Small mutable accumulators, so primitive folds never box per element. Serializable, because a
 * distributed executor (Spark) ships partial accumulators from its workers to the driver.
 */
final class Cells {
  private Cells() {}

  /** A cell that folds in unboxed {@code long}s. */
  interface LongSink {
    void accept(long x);
  }

  /** A cell that folds in unboxed {@code double}s. */
  interface DoubleSink {
    void accept(double x);
  }

  /** A mutable {@code long}. */
  static final class LongCell implements Serializable {
    private static final long serialVersionUID = 1L;
    long value;

    LongCell(long value) {
      this.value = value;
    }
  }

  /** A mutable, Kahan-compensated {@code double} sum (as {@code DoubleStream.sum} does). */
  static final class DoubleSum implements Serializable, DoubleSink {
    private static final long serialVersionUID = 1L;
    double sum;
    double compensation;
    double simple; // plain sum, used when the compensated one is NaN (infinities)

    @Override
    public void accept(double x) {
      simple += x;
      compensated(x);
    }

    private void compensated(double x) {
      double y = x - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }

    /** As {@code DoubleSummaryStatistics.combine}: the plain sums add once, not thrice. */
    DoubleSum merge(DoubleSum o) {
      simple += o.simple;
      compensated(o.sum);
      compensated(-o.compensation);
      return this;
    }

    double value() {
      double v = sum - compensation;
      return Double.isNaN(v) && Double.isInfinite(simple) ? simple : v;
    }
  }

  /**
   * The state of {@code LongSummaryStatistics}, serializable (the JDK class is not, so it cannot
   * travel between Spark tasks and the driver). Same fields, same arithmetic.
   */
  static final class LongStatsCell implements Serializable, LongSink {
    private static final long serialVersionUID = 1L;
    long count;
    long sum;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;

    @Override
    public void accept(long x) {
      count++;
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }

    LongStatsCell merge(LongStatsCell o) {
      count += o.count;
      sum += o.sum;
      min = Math.min(min, o.min);
      max = Math.max(max, o.max);
      return this;
    }

    LongSummaryStatistics toStatistics() {
      return count == 0
          ? new LongSummaryStatistics()
          : new LongSummaryStatistics(count, min, max, sum);
    }
  }

  /**
   * The state of {@code DoubleSummaryStatistics}, serializable: count, min, max and the JDK's
   * compensated sum ({@link DoubleSum} is the JDK's {@code sumWithCompensation}, {@code simpleSum}
   * and {@code getSum}), so count, sum, min, max and average are bit-identical to the JDK's for the
   * same accepts and combines.
   */
  static final class DoubleStatsCell implements Serializable, DoubleSink {
    private static final long serialVersionUID = 1L;
    long count;
    final DoubleSum sum = new DoubleSum();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    @Override
    public void accept(double x) {
      count++;
      sum.accept(x);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }

    DoubleStatsCell merge(DoubleStatsCell o) {
      count += o.count;
      sum.merge(o.sum);
      min = Math.min(min, o.min);
      max = Math.max(max, o.max);
      return this;
    }

    /** {@code DoubleSummaryStatistics.getAverage()}. */
    double average() {
      return count > 0 ? sum.value() / count : 0.0d;
    }

    /**
     * The JDK statistics with these values. Its constructor rejects a NaN sum beside non-NaN
     * extremes (the sum of +inf and -inf), so that case is built by combining two statistics whose
     * sums are +inf and -inf, as the JDK's own combine would.
     */
    DoubleSummaryStatistics toStatistics() {
      if (count == 0) {
        return new DoubleSummaryStatistics();
      }
      double s = sum.value();
      if (Double.isNaN(s) && !Double.isNaN(min) && count > 1) {
        DoubleSummaryStatistics out =
            new DoubleSummaryStatistics(count - 1, min, max, Double.POSITIVE_INFINITY);
        out.combine(new DoubleSummaryStatistics(1, min, min, Double.NEGATIVE_INFINITY));
        return out;
      }
      return new DoubleSummaryStatistics(count, min, max, s);
    }
  }

  /** A mutable optional: {@code has} distinguishes "no element" from a null element. */
  static final class Box<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    boolean has;
    T value;
  }
}
