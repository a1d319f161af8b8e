package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.Iterator;
import java.util.Objects;

/**
 * A single-pass iterator of unknown size. Parallel folds pull bounded batches from it on one thread
 * at a time (iterators are not thread-safe); a second run fails rather than silently seeing
 * nothing.
 */
final class IteratorSource<T> implements Source<T> {
  private final Iterator<? extends T> iterator;
  private boolean opened;

  IteratorSource(Iterator<? extends T> iterator) {
    this.iterator = Objects.requireNonNull(iterator, "iterator");
  }

  @Override
  public synchronized Source<T> open() {
    if (opened) {
      throw new IllegalStateException("iterator source: an iterator can be folded only once");
    }
    opened = true;
    return this;
  }

  @Override
  public boolean reusable() {
    return false;
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public Split<T> split() {
    return null;
  }

  @Override
  public boolean batched() {
    return true;
  }

  @Override
  public Source<T> nextBatch(int max) {
    if (!iterator.hasNext()) {
      return null;
    }
    Object[] buf = new Object[Math.min(max, 1024)];
    int n = 0;
    while (n < max && iterator.hasNext()) {
      if (n == buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.min(max, buf.length * 2));
      }
      buf[n++] = iterator.next();
    }
    @SuppressWarnings("unchecked")
    T[] elements = (T[]) buf;
    return new ArraySource<>(elements, 0, n);
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    final boolean check = r.mayStop();
    final Reducer<?, A, ?> done = r.doneCheck();
    final Iterator<? extends T> it = iterator;
    while (it.hasNext()) {
      for (int k = 0; k < Stop.CHECK_INTERVAL && it.hasNext(); k++) {
        acc = r.step(acc, it.next());
        if (check && done.isDone(acc)) {
          return acc;
        }
      }
      if (stop.stopRequested()) {
        return acc;
      }
    }
    return acc;
  }

  @Override
  public String describe() {
    return "iterator";
  }
}
