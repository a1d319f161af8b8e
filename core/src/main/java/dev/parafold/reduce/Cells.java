package dev.parafold.reduce;

import java.io.Serializable;

/**
 * Small mutable accumulators, so primitive folds never box per element. Serializable, because a
 * distributed executor (Spark) ships partial accumulators from its workers to the driver.
 */
final class Cells {
  private Cells() {}

  /** A mutable {@code long}. */
  static final class LongCell implements Serializable {
    private static final long serialVersionUID = 1L;
    long value;

    LongCell(long value) {
      this.value = value;
    }
  }

  /** A mutable, Kahan-compensated {@code double} sum (as {@code DoubleStream.sum} does). */
  static final class DoubleSum implements Serializable {
    private static final long serialVersionUID = 1L;
    double sum;
    double compensation;
    double simple; // plain sum, used when the compensated one is NaN (infinities)

    void add(double x) {
      simple += x;
      double y = x - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }

    DoubleSum merge(DoubleSum o) {
      simple += o.simple;
      add(o.sum);
      add(-o.compensation);
      return this;
    }

    double value() {
      double v = sum - compensation;
      return Double.isNaN(v) && Double.isInfinite(simple) ? simple : v;
    }
  }

  /** A mutable optional: {@code has} distinguishes "no element" from a null element. */
  static final class Box<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    boolean has;
    T value;
  }
}
