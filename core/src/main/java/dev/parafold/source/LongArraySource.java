package dev.parafold.source;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import java.util.Objects;

/** A slice of a {@code long[]}; feeds {@link LongReducer}s unboxed. */
final class LongArraySource implements Source<Long> {
  private final long[] array;
  private final int from;
  private final int to;

  LongArraySource(long[] array, int from, int to) {
    this.array = Objects.requireNonNull(array, "array");
    Objects.checkFromToIndex(from, to, array.length);
    this.from = from;
    this.to = to;
  }

  @Override
  public long size() {
    return to - from;
  }

  @Override
  public Split<Long> splitAt(long leftSize) {
    Objects.checkIndex(leftSize, size() + 1);
    int mid = from + (int) leftSize;
    return new Split<>(new LongArraySource(array, from, mid), new LongArraySource(array, mid, to));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super Long, A, ?> r, A acc, Stop stop) {
    LongReducer<A, ?> lr = LongReducer.of((Reducer<? super Long, A, Object>) r);
    final long[] a = array;
    final boolean check = lr.mayStop();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      if (check) {
        for (; i < end; i++) {
          acc = lr.stepLong(acc, a[i]);
          if (lr.isDone(acc)) {
            return acc;
          }
        }
      } else {
        for (; i < end; i++) {
          acc = lr.stepLong(acc, a[i]);
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
