package dev.parafold.source;

import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.Reducer;
import java.util.Objects;

/** A slice of a {@code double[]}; feeds {@link DoubleReducer}s unboxed. */
final class DoubleArraySource extends SliceSource<Double> {
  private final double[] array;

  DoubleArraySource(double[] array, int from, int to) {
    super(from, to);
    this.array = Objects.requireNonNull(array, "array");
    Objects.checkFromToIndex(from, to, array.length);
  }

  @Override
  SliceSource<Double> slice(int from, int to) {
    return new DoubleArraySource(array, from, to);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super Double, A, ?> r, A acc, Stop stop) {
    DoubleReducer<A, ?> dr = DoubleReducer.of((Reducer<? super Double, A, Object>) r);
    final double[] a = array;
    if (dr.mayStop()) {
      return reduceUntilDone(dr, acc, stop);
    }
    int i = from;
    // the element-by-element path until the chain takes a scalar (never, for chains that cannot)
    while (i < to && !dr.scalarReady(acc)) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = dr.stepDouble(acc, a[i]);
      }
      if (i < to && stop.stopRequested()) {
        return acc;
      }
    }
    return i == to ? acc : dr.storeScalar(acc, scalar(dr, dr.loadScalar(acc), i, stop));
  }

  /** Folds from {@code i} with the scalar in a local (see {@code LongArraySource}). */
  private double scalar(DoubleReducer<?, ?> dr, double s, int i, Stop stop) {
    final double[] a = array;
    final int to = this.to;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (int k = i; k < end; k++) {
        s = dr.stepScalar(s, a[k]);
      }
      i = end;
      if (i < to && stop.stopRequested()) {
        break;
      }
    }
    return s;
  }

  private <A> A reduceUntilDone(DoubleReducer<A, ?> dr, A acc, Stop stop) {
    final double[] a = array;
    final Reducer<?, A, ?> done = dr.doneCheck();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = dr.stepDouble(acc, a[i]);
        if (done.isDone(acc)) {
          return acc;
        }
      }
      if (i < to && stop.stopRequested()) {
        return acc;
      }
    }
    return acc;
  }

  @Override
  public String describe() {
    return "double[" + from + ".." + to + ")";
  }
}
