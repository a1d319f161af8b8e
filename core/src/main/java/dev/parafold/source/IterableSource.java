package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;

/**
 * A re-runnable source over an {@link Iterable}: each run opens a fresh view (index access for
 * random-access lists, the collection's own spliterator otherwise). A list whose spliterator is a
 * snapshot or concurrent ({@code CopyOnWriteArrayList}) is read through that spliterator, so a fold
 * sees what {@code list.stream()} sees rather than a mix of versions.
 */
final class IterableSource<T> implements Source<T> {
  private final Iterable<T> iterable;
  private final String name;

  IterableSource(Iterable<T> iterable, String name) {
    this.iterable = Objects.requireNonNull(iterable, "iterable");
    this.name = name;
  }

  @Override
  public long size() {
    return iterable instanceof Collection ? ((Collection<?>) iterable).size() : -1;
  }

  @Override
  public boolean sized() {
    return false;
  }

  @Override
  public Source<T> open() {
    if (iterable instanceof List && iterable instanceof RandomAccess && !snapshot(iterable)) {
      List<T> list = (List<T>) iterable;
      return new ListSource<>(list, 0, list.size());
    }
    if (iterable instanceof Collection) {
      return SpliteratorSource.over((Collection<T>) iterable, name);
    }
    return new SpliteratorSource<>(iterable.spliterator(), name);
  }

  private static boolean snapshot(Iterable<?> it) {
    Spliterator<?> s = it.spliterator();
    return (s.characteristics() & (Spliterator.IMMUTABLE | Spliterator.CONCURRENT)) != 0;
  }

  /** Splits a fresh run-private view (executors open first; this keeps split() total). */
  @Override
  public Split<T> split() {
    return open().split();
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    return open().reduce(r, acc, stop);
  }

  @Override
  public String describe() {
    return name;
  }
}
