package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.Objects;

/** A slice {@code [from, to)} of an object array. Sized and exactly splittable. */
final class ArraySource<T> extends SliceSource<T> {
  private final T[] array;

  ArraySource(T[] array, int from, int to) {
    super(from, to);
    this.array = Objects.requireNonNull(array, "array");
    Objects.checkFromToIndex(from, to, array.length);
  }

  @Override
  SliceSource<T> slice(int from, int to) {
    return new ArraySource<>(array, from, to);
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    final T[] a = array;
    final boolean check = r.mayStop();
    final Reducer<?, A, ?> done = r.doneCheck();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      if (check) {
        for (; i < end; i++) {
          acc = r.step(acc, a[i]);
          if (done.isDone(acc)) {
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
