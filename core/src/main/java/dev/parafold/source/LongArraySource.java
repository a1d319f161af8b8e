package dev.parafold.source;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import java.util.Objects;

/** A slice of a {@code long[]}; feeds {@link LongReducer}s unboxed. */
final class LongArraySource extends SliceSource<Long> {
  private final long[] array;

  LongArraySource(long[] array, int from, int to) {
    super(from, to);
    this.array = Objects.requireNonNull(array, "array");
    Objects.checkFromToIndex(from, to, array.length);
  }

  @Override
  SliceSource<Long> slice(int from, int to) {
    return new LongArraySource(array, from, to);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super Long, A, ?> r, A acc, Stop stop) {
    LongReducer<A, ?> lr = LongReducer.of((Reducer<? super Long, A, Object>) r);
    final long[] a = array;
    if (lr.mayStop()) {
      return reduceUntilDone(lr, acc, stop);
    }
    int i = from;
    if (lr.takesSlices()) { // a stage that copies runs (partitionAll) takes each block whole
      while (i < to) {
        int end = Math.min(to, i + Stop.CHECK_INTERVAL);
        acc = lr.stepLongs(acc, a, i, end);
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
    if (i == to) {
      return acc;
    }
    long s = lr.loadScalar(acc); // held in a register: no heap cell per element
    while (true) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        s = lr.stepScalar(s, a[i]);
      }
      if (i == to || stop.stopRequested()) {
        return lr.storeScalar(acc, s);
      }
    }
  }

  private <A> A reduceUntilDone(LongReducer<A, ?> lr, A acc, Stop stop) {
    final long[] a = array;
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = lr.stepLong(acc, a[i]);
        if (lr.isDone(acc)) {
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
    return "long[" + from + ".." + to + ")";
  }
}
