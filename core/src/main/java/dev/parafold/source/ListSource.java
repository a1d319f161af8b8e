package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;

/**
 * A slice of a random-access list, read with {@code get(i)}. A list changed structurally during the
 * fold (an element added or removed, also a change that keeps the size such as {@code
 * l.add(l.remove(0))}, by the pipeline or by another thread) is reported with a {@link
 * ConcurrentModificationException} naming the list and the slice, by the chunk that sees the
 * change, at most {@link Stop#CHECK_INTERVAL} elements later and never after that chunk ends: every
 * chunk asks the list's own modification check (see {@link ModificationCheck}) as it stood when the
 * whole fold began. Replacing elements with {@code set} is not a structural change and is not
 * detected (nor is it by {@code ArrayList}'s own iterators).
 */
final class ListSource<T> extends SliceSource<T> {
  private final List<T> list;
  private final ModificationCheck watch;

  /** A fold run over {@code list[from..to)}; the list's state now is the one it must keep. */
  ListSource(List<T> list, int from, int to) {
    this(list, from, to, ModificationCheck.of(Objects.requireNonNull(list, "list")));
  }

  private ListSource(List<T> list, int from, int to, ModificationCheck watch) {
    super(from, to);
    this.list = list;
    this.watch = watch;
  }

  @Override
  SliceSource<T> slice(int from, int to) {
    return new ListSource<>(list, from, to, watch);
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    final List<T> l = list;
    final boolean check = r.mayStop();
    final Reducer<?, A, ?> done = r.doneCheck();
    int i = from;
    watch.check(this, i);
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      try {
        if (check) {
          for (; i < end; i++) {
            acc = r.step(acc, l.get(i));
            if (done.isDone(acc)) {
              watch.check(this, i);
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
        if (watch.changed()) {
          throw watch.modified(this, i, e);
        }
        throw e;
      }
      watch.check(this, i);
      if (i < to && stop.stopRequested()) {
        return acc;
      }
    }
    return acc;
  }

  @Override
  public String describe() {
    return list.getClass().getSimpleName() + "[" + from + ".." + to + ")";
  }
}
