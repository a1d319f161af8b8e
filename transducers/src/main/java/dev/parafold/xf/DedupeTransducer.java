package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Drops elements equal ({@code Objects.equals}) to the one just before them: 1, 1, 2, 1 becomes 1,
 * 2, 1. Clojure {@code dedupe}; no {@code java.util.stream} equivalent.
 *
 * <p>Parallel (boundary-aware): whether a chunk's first element passes depends on the last element
 * to its left, so a chunk that does not start the input holds its first element back and remembers
 * its last one. {@code combine} passes the right part's first element if it differs from the left
 * part's last, then merges.
 */
final class DedupeTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new DedupeReducer<>(downstream);
  }

  @Override
  public String describe() {
    return "dedupe";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  static final class DedupeAccumulator<A> extends StatefulReducer.HeadAccumulator<A> {
    private static final long serialVersionUID = 1L;
    Object last;
  }

  private static final class DedupeReducer<T, A, R>
      extends StatefulReducer<T, T, DedupeAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;

    DedupeReducer(Reducer<? super T, A, R> down) {
      super(down, Strategy.BOUNDARY, "dedupe");
    }

    @Override
    DedupeAccumulator<A> open(long offset) {
      return new DedupeAccumulator<>();
    }

    @Override
    public DedupeAccumulator<A> step(DedupeAccumulator<A> s, T t) {
      if (!firstOfChunk(s, t) && !Objects.equals(t, s.last)) {
        s.inner = down.step(s.inner, t);
      }
      s.last = t;
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DedupeAccumulator<A> combine(DedupeAccumulator<A> left, DedupeAccumulator<A> right) {
      if (right.first) {
        return afterEmptyLeft(left, right);
      }
      if (!right.any) {
        return left;
      }
      if (!left.any) {
        if (left.first) {
          left.inner = down.step(left.inner, (T) right.head);
        } else {
          left.head = right.head;
        }
        left.any = true;
      } else if (!Objects.equals(right.head, left.last)) {
        emit(left, (T) right.head);
      }
      mergeInner(left, right);
      left.last = right.last;
      return left;
    }
  }
}
