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
    if (i == to) {
      return acc;
    }
    double s = dr.loadScalar(acc); // held in a register: no heap cell per element
    while (true) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        s = dr.stepScalar(s, a[i]);
      }
      if (i == to || stop.stopRequested()) {
        return dr.storeScalar(acc, s);
      }
    }
  }

  private <A> A reduceUntilDone(DoubleReducer<A, ?> dr, A acc, Stop stop) {
    final double[] a = array;
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = dr.stepDouble(acc, a[i]);
        if (dr.isDone(acc)) {
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
