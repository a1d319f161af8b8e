package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * A run-private wrapper around a {@link Spliterator}. Splits with {@code trySplit} (a prefix, for
 * ordered spliterators); one of unknown size that cannot split well (an iterator's) is pulled in
 * bounded batches instead.
 *
 * <p>Over a collection that is neither concurrent nor a snapshot, every chunk also asks the
 * collection's own modification check as it stood when the fold began (see {@link
 * ModificationCheck}), every {@link Stop#CHECK_INTERVAL} elements and when it ends: a JDK
 * spliterator checks its collection's modification count only on the elements it still owns, and
 * {@code trySplit} hands prefixes out as array copies ({@code LinkedList}), so without this a
 * change could go unreported.
 */
final class SpliteratorSource<T> implements Source<T> {
  private final Spliterator<T> spliterator;
  private final String origin;
  private final ModificationCheck watch;

  SpliteratorSource(Spliterator<T> spliterator, String origin) {
    this(spliterator, origin, null);
  }

  /** Over {@code collection}: changes to it during the fold are reported, naming it. */
  static <T> SpliteratorSource<T> over(Collection<T> collection, String origin) {
    Spliterator<T> s = collection.spliterator();
    boolean watch = (s.characteristics() & (Spliterator.CONCURRENT | Spliterator.IMMUTABLE)) == 0;
    return new SpliteratorSource<>(s, origin, watch ? ModificationCheck.of(collection) : null);
  }

  private SpliteratorSource(Spliterator<T> spliterator, String origin, ModificationCheck watch) {
    this.spliterator = Objects.requireNonNull(spliterator, "spliterator");
    this.origin = origin;
    this.watch = watch;
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
    return prefix == null
        ? null
        : new Split<>(new SpliteratorSource<>(prefix, origin, watch), this);
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
    try {
      while (n[0] < max && spliterator.tryAdvance(add)) {
        // pulls one element per call
      }
    } catch (ConcurrentModificationException e) {
      throw modified(e);
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
    final Reducer<?, A, ?> doneCheck = r.doneCheck();
    while (true) {
      boolean more = true;
      boolean done = false;
      try {
        for (int k = 0; k < Stop.CHECK_INTERVAL && (more = spliterator.tryAdvance(s)); k++) {
          if (check && doneCheck.isDone(s.acc)) {
            done = true;
            break;
          }
        }
      } catch (ConcurrentModificationException e) {
        if (s.inStep) {
          throw e; // thrown by the pipeline's own code: it reaches the caller as it is
        }
        throw modified(e);
      }
      checkUnchanged();
      if (done || !more || stop.stopRequested()) {
        return s.acc;
      }
    }
  }

  private void checkUnchanged() {
    if (watch != null) {
      watch.check(this, -1);
    }
  }

  /** The collection's fail-fast check fired: say which source, keep the JDK's exception. */
  private ConcurrentModificationException modified(ConcurrentModificationException e) {
    if (watch != null) {
      return watch.modified(this, -1, e);
    }
    ConcurrentModificationException named =
        new ConcurrentModificationException(
            origin
                + ": the collection was modified during the fold; fold a copy, or do not change"
                + " the collection until the fold returns");
    named.initCause(e);
    return named;
  }

  @Override
  public String describe() {
    return origin;
  }

  /** Holds the accumulator while the spliterator pushes elements. */
  private static final class Stepper<T, A> implements Consumer<T> {
    private final Reducer<? super T, A, ?> r;
    A acc;
    boolean inStep;

    Stepper(Reducer<? super T, A, ?> r, A acc) {
      this.r = r;
      this.acc = acc;
    }

    @Override
    public void accept(T t) {
      try {
        acc = r.step(acc, t);
      } catch (RuntimeException | Error e) {
        inStep = true; // only on the failure path: the loop pays nothing for it
        throw e;
      }
    }
  }
}
