package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.List;
import java.util.Objects;

/**
 * A slice of a random-access list, read with {@code get(i)}. A fail-fast list (such as {@code
 * ArrayList}) changed during the fold is reported at the end of the chunk that saw the change.
 */
final class ListSource<T> implements Source<T> {
  private final List<T> list;
  private final int from;
  private final int to;

  ListSource(List<T> list, int from, int to) {
    this.list = Objects.requireNonNull(list, "list");
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
    return new Split<>(new ListSource<>(list, from, mid), new ListSource<>(list, mid, to));
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    final List<T> l = list;
    final int sizeBefore = l.size();
    final boolean check = r.mayStop();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      if (check) {
        for (; i < end; i++) {
          acc = r.step(acc, l.get(i));
          if (r.isDone(acc)) {
            return acc;
          }
        }
      } else {
        for (; i < end; i++) {
          acc = r.step(acc, l.get(i));
        }
      }
      if (l.size() != sizeBefore) {
        throw new java.util.ConcurrentModificationException(
            describe()
                + ": the list changed size during the fold ("
                + sizeBefore
                + " -> "
                + l.size()
                + ")");
      }
      if (i < to && stop.stopRequested()) {
        return acc;
      }
    }
    return acc;
  }

  @Override
  public String describe() {
    return "list[" + from + ".." + to + ")";
  }
}
