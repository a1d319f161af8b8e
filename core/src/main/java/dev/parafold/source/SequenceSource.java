package dev.parafold.source;

import dev.parafold.fn.Fn0;
import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import java.util.Iterator;
import java.util.Objects;
import java.util.PrimitiveIterator;

/**
 * Elements produced one after another by an iterator of unknown, possibly infinite, length: {@code
 * iterate}, {@code generate}, a primitive stream. Built from a recipe that starts a fresh iterator
 * per run (re-runnable) or from one iterator (single pass). A run pulls it in bounded batches on
 * one thread at a time, so {@code limit} and {@code takeWhile} stop an infinite one exactly; {@code
 * long} and {@code double} sequences fill primitive batches and step their reducers unboxed.
 *
 * @param <T> element type ({@code Long} and {@code Double} for the unboxed kinds)
 */
final class SequenceSource<T> implements Source<T> {
  /** Which step the elements take: boxed objects, unboxed longs or unboxed doubles. */
  enum Kind {
    OBJECT,
    LONG,
    DOUBLE
  }

  private final Fn0<? extends Iterator<?>> start;
  private final Kind kind;
  private final boolean reusable;
  private final String name;
  private final Iterator<?> it; // null on the recipe, set on the opened copy
  private boolean opened;

  SequenceSource(Fn0<? extends Iterator<?>> start, Kind kind, boolean reusable, String name) {
    this(start, kind, reusable, name, null);
  }

  private SequenceSource(
      Fn0<? extends Iterator<?>> start, Kind kind, boolean reusable, String name, Iterator<?> it) {
    this.start = Objects.requireNonNull(start, "start");
    this.kind = kind;
    this.reusable = reusable;
    this.name = name;
    this.it = it;
  }

  @Override
  public synchronized Source<T> open() {
    if (it != null) {
      return this;
    }
    if (!reusable && opened) {
      throw new IllegalStateException(name + ": a single-pass source can be folded only once");
    }
    opened = true;
    return new SequenceSource<>(start, kind, reusable, name, start.get());
  }

  @Override
  public boolean reusable() {
    return reusable;
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
  @SuppressWarnings("unchecked")
  public Source<T> nextBatch(int max) {
    Iterator<?> i = running();
    if (!i.hasNext()) {
      return null;
    }
    int cap = Math.min(max, 1024);
    int n = 0;
    switch (kind) {
      case LONG:
        {
          PrimitiveIterator.OfLong li = (PrimitiveIterator.OfLong) i;
          long[] buf = new long[cap];
          while (n < max && li.hasNext()) {
            if (n == buf.length) {
              buf = java.util.Arrays.copyOf(buf, Math.min(max, buf.length * 2));
            }
            buf[n++] = li.nextLong();
          }
          return (Source<T>) new LongArraySource(buf, 0, n);
        }
      case DOUBLE:
        {
          PrimitiveIterator.OfDouble di = (PrimitiveIterator.OfDouble) i;
          double[] buf = new double[cap];
          while (n < max && di.hasNext()) {
            if (n == buf.length) {
              buf = java.util.Arrays.copyOf(buf, Math.min(max, buf.length * 2));
            }
            buf[n++] = di.nextDouble();
          }
          return (Source<T>) new DoubleArraySource(buf, 0, n);
        }
      default:
        {
          Object[] buf = new Object[cap];
          while (n < max && i.hasNext()) {
            if (n == buf.length) {
              buf = java.util.Arrays.copyOf(buf, Math.min(max, buf.length * 2));
            }
            buf[n++] = i.next();
          }
          return new ArraySource<>((T[]) buf, 0, n);
        }
    }
  }

  private Iterator<?> running() {
    if (it == null) {
      throw new IllegalStateException(name + ": open() the source before reading it");
    }
    return it;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    if (it == null) {
      return open().reduce(r, acc, stop);
    }
    switch (kind) {
      case LONG:
        return reduceLongs(
            LongReducer.of((Reducer<? super Long, A, Object>) r),
            acc,
            stop,
            (PrimitiveIterator.OfLong) it);
      case DOUBLE:
        return reduceDoubles(
            DoubleReducer.of((Reducer<? super Double, A, Object>) r),
            acc,
            stop,
            (PrimitiveIterator.OfDouble) it);
      default:
        return reduceObjects(r, acc, stop, (Iterator<? extends T>) it);
    }
  }

  private static <A> A reduceLongs(
      LongReducer<A, ?> r, A acc, Stop stop, PrimitiveIterator.OfLong i) {
    final boolean check = r.mayStop();
    final Reducer<?, A, ?> done = r.doneCheck();
    while (i.hasNext()) {
      for (int k = 0; k < Stop.CHECK_INTERVAL && i.hasNext(); k++) {
        acc = r.stepLong(acc, i.nextLong());
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

  private static <A> A reduceDoubles(
      DoubleReducer<A, ?> r, A acc, Stop stop, PrimitiveIterator.OfDouble i) {
    final boolean check = r.mayStop();
    final Reducer<?, A, ?> done = r.doneCheck();
    while (i.hasNext()) {
      for (int k = 0; k < Stop.CHECK_INTERVAL && i.hasNext(); k++) {
        acc = r.stepDouble(acc, i.nextDouble());
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

  private static <T, A> A reduceObjects(
      Reducer<? super T, A, ?> r, A acc, Stop stop, Iterator<? extends T> i) {
    final boolean check = r.mayStop();
    final Reducer<?, A, ?> done = r.doneCheck();
    while (i.hasNext()) {
      for (int k = 0; k < Stop.CHECK_INTERVAL && i.hasNext(); k++) {
        acc = r.step(acc, i.next());
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
    return name;
  }
}
