package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;

/**
 * A slice of a random-access list, read with {@code get(i)}. A list whose size changes during the
 * fold (an element added or removed, by the pipeline or by another thread) is reported with a
 * {@link ConcurrentModificationException} naming the list and the slice, by the chunk that sees the
 * change, at most {@link Stop#CHECK_INTERVAL} elements later and never after that chunk ends: every
 * chunk compares the size with the size the whole fold started from. Replacing elements with {@code
 * set} keeps the size and is not detected (nor is it by {@code ArrayList}'s own iterators).
 */
final class ListSource<T> implements Source<T> {
  private final List<T> list;
  private final int from;
  private final int to;
  private final int expectedSize;

  ListSource(List<T> list, int from, int to) {
    this(list, from, to, list.size());
  }

  private ListSource(List<T> list, int from, int to, int expectedSize) {
    this.list = Objects.requireNonNull(list, "list");
    this.from = from;
    this.to = to;
    this.expectedSize = expectedSize;
  }

  @Override
  public long size() {
    return to - from;
  }

  @Override
  public Split<T> splitAt(long leftSize) {
    Objects.checkIndex(leftSize, size() + 1);
    int mid = from + (int) leftSize;
    return new Split<>(
        new ListSource<>(list, from, mid, expectedSize),
        new ListSource<>(list, mid, to, expectedSize));
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    final List<T> l = list;
    final boolean check = r.mayStop();
    int i = from;
    checkSize(i);
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      try {
        if (check) {
          for (; i < end; i++) {
            acc = r.step(acc, l.get(i));
            if (r.isDone(acc)) {
              checkSize(i);
              return acc;
            }
          }
        } else {
          for (; i < end; i++) {
            acc = r.step(acc, l.get(i));
          }
        }
      } catch (IndexOutOfBoundsException e) {
        // a list that shrank under us: report the modification, not the symptom
        if (l.size() != expectedSize) {
          throw modified(i, e);
        }
        throw e;
      }
      checkSize(i);
      if (i < to && stop.stopRequested()) {
        return acc;
      }
    }
    return acc;
  }

  private void checkSize(int at) {
    if (list.size() != expectedSize) {
      throw modified(at, null);
    }
  }

  private ConcurrentModificationException modified(int at, Throwable cause) {
    ConcurrentModificationException e =
        new ConcurrentModificationException(
            describe()
                + ": the list changed size during the fold (from "
                + expectedSize
                + " to "
                + list.size()
                + " elements), seen at index "
                + at
                + "; fold a copy, or do not change the list until the fold returns");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  @Override
  public String describe() {
    return list.getClass().getSimpleName() + "[" + from + ".." + to + ")";
  }
}
