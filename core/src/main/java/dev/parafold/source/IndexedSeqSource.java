package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import io.vavr.collection.IndexedSeq;
import java.util.Objects;

/**
 * A slice of a vavr {@link IndexedSeq} ({@code Vector}, {@code Array}): sized, exactly splittable.
 */
final class IndexedSeqSource<T> extends SliceSource<T> {
  private final IndexedSeq<T> seq;

  IndexedSeqSource(IndexedSeq<T> seq, int from, int to) {
    super(from, to);
    this.seq = Objects.requireNonNull(seq, "seq");
  }

  @Override
  SliceSource<T> slice(int from, int to) {
    return new IndexedSeqSource<>(seq, from, to);
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    final boolean check = r.mayStop();
    final Reducer<?, A, ?> done = r.doneCheck();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = r.step(acc, seq.get(i));
        if (check && done.isDone(acc)) {
          return acc;
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
    return seq.stringPrefix() + "[" + from + ".." + to + ")";
  }
}
