package dev.parafold.source;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import java.util.Objects;

/** A slice of an {@code int[]}, widened to {@code long} and fed unboxed. */
final class IntArraySource extends SliceSource<Long> {
  private final int[] array;

  IntArraySource(int[] array, int from, int to) {
    super(from, to);
    this.array = Objects.requireNonNull(array, "array");
    Objects.checkFromToIndex(from, to, array.length);
  }

  @Override
  SliceSource<Long> slice(int from, int to) {
    return new IntArraySource(array, from, to);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super Long, A, ?> r, A acc, Stop stop) {
    LongReducer<A, ?> lr = LongReducer.of((Reducer<? super Long, A, Object>) r);
    final int[] a = array;
    if (lr.mayStop()) {
      return reduceUntilDone(lr, acc, stop);
    }
    int i = from;
    if (lr.takesSlices()) { // a stage that copies runs (partitionAll) takes each block whole
      while (i < to) {
        int end = Math.min(to, i + Stop.CHECK_INTERVAL);
        acc = lr.stepInts(acc, a, i, end);
        i = end;
        if (i < to && stop.stopRequested()) {
          return acc;
        }
      }
      return acc;
    }
    // the element-by-element path until the chain takes a scalar (never, for chains that cannot)
    while (i < to && !lr.scalarReady(acc)) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = lr.stepLong(acc, a[i]);
      }
      if (i < to && stop.stopRequested()) {
        return acc;
      }
    }
    return i == to ? acc : lr.storeScalar(acc, scalar(lr, lr.loadScalar(acc), i, stop));
  }

  /** Folds from {@code i} with the scalar in a local (see {@code LongArraySource}). */
  private long scalar(LongReducer<?, ?> lr, long s, int i, Stop stop) {
    final int[] a = array;
    final int to = this.to;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (int k = i; k < end; k++) {
        s = lr.stepScalar(s, a[k]);
      }
      i = end;
      if (i < to && stop.stopRequested()) {
        break;
      }
    }
    return s;
  }

  private <A> A reduceUntilDone(LongReducer<A, ?> lr, A acc, Stop stop) {
    final int[] a = array;
    final Reducer<?, A, ?> done = lr.doneCheck();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = lr.stepLong(acc, a[i]);
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
    return "int[" + from + ".." + to + ")";
  }
}
