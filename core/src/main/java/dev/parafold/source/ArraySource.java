package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.Objects;

/** A slice {@code [from, to)} of an object array. Sized and exactly splittable. */
final class ArraySource<T> implements Source<T> {
  private final T[] array;
  private final int from;
  private final int to;

  ArraySource(T[] array, int from, int to) {
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
  public Split<T> splitAt(long leftSize) {
    Objects.checkIndex(leftSize, size() + 1);
    int mid = from + (int) leftSize;
    return new Split<>(new ArraySource<>(array, from, mid), new ArraySource<>(array, mid, to));
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    final T[] a = array;
    final boolean check = r.mayStop();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      if (check) {
        for (; i < end; i++) {
          acc = r.step(acc, a[i]);
          if (r.isDone(acc)) {
            return acc;
          }
        }
      } else {
        for (; i < end; i++) {
          acc = r.step(acc, a[i]);
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
    return "array[" + from + ".." + to + ")";
  }
}
