package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * A run-private wrapper around a {@link Spliterator}. Splits with {@code trySplit} (a prefix, for
 * ordered spliterators); one of unknown size that cannot split well (an iterator's) is pulled in
 * bounded batches instead.
 */
final class SpliteratorSource<T> implements Source<T> {
  private final Spliterator<T> spliterator;
  private final String origin;

  SpliteratorSource(Spliterator<T> spliterator, String origin) {
    this.spliterator = Objects.requireNonNull(spliterator, "spliterator");
    this.origin = origin;
  }

  @Override
  public long size() {
    return spliterator.hasCharacteristics(Spliterator.SIZED)
        ? spliterator.getExactSizeIfKnown()
        : -1;
  }

  @Override
  public long estimateSize() {
    long e = spliterator.estimateSize();
    return e == Long.MAX_VALUE ? -1 : e;
  }

  /** Spliterators split where they choose, never at an index. */
  @Override
  public boolean sized() {
    return false;
  }

  @Override
  public Split<T> split() {
    if (batched()) {
      return null;
    }
    Spliterator<T> prefix = spliterator.trySplit();
    return prefix == null ? null : new Split<>(new SpliteratorSource<>(prefix, origin), this);
  }

  @Override
  public boolean batched() {
    return !spliterator.hasCharacteristics(Spliterator.SIZED)
        && spliterator.estimateSize() == Long.MAX_VALUE;
  }

  @Override
  public Source<T> nextBatch(int max) {
    Object[] buf = new Object[Math.min(max, 1024)];
    int[] n = {0};
    Object[][] holder = {buf};
    Consumer<T> add =
        t -> {
          if (n[0] == holder[0].length) {
            holder[0] = java.util.Arrays.copyOf(holder[0], Math.min(max, holder[0].length * 2));
          }
          holder[0][n[0]++] = t;
        };
    while (n[0] < max && spliterator.tryAdvance(add)) {
      // pulls one element per call
    }
    if (n[0] == 0) {
      return null;
    }
    @SuppressWarnings("unchecked")
    T[] elements = (T[]) holder[0];
    return new ArraySource<>(elements, 0, n[0]);
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    Stepper<T, A> s = new Stepper<>(r, acc);
    final boolean check = r.mayStop();
    while (true) {
      int k = 0;
      boolean more = true;
      while (k < Stop.CHECK_INTERVAL && (more = spliterator.tryAdvance(s))) {
        k++;
        if (check && r.isDone(s.acc)) {
          return s.acc;
        }
      }
      if (!more || stop.stopRequested()) {
        return s.acc;
      }
    }
  }

  @Override
  public String describe() {
    return origin;
  }

  /** Holds the accumulator while the spliterator pushes elements. */
  private static final class Stepper<T, A> implements Consumer<T> {
    private final Reducer<? super T, A, ?> r;
    A acc;

    Stepper(Reducer<? super T, A, ?> r, A acc) {
      this.r = r;
      this.acc = acc;
    }

    @Override
    public void accept(T t) {
      acc = r.step(acc, t);
    }
  }
}
