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
