package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;

/**
 * Puts {@code separator} between consecutive elements: a, b, c becomes a, sep, b, sep, c. Clojure
 * {@code interpose}; Rust {@code intersperse}; no {@code java.util.stream} equivalent.
 *
 * <p>Parallel (boundary-aware): whether a chunk's first element is preceded by a separator depends
 * on whether anything lies to its left, so a chunk that does not start the input holds its first
 * element back. {@code combine} passes it, after a separator if the left part had elements.
 */
final class InterposeTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final T separator;

  InterposeTransducer(T separator) {
    this.separator = separator;
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new InterposeReducer<>(downstream, separator);
  }

  @Override
  public String describe() {
    return "interpose(" + separator + ")";
  }

  // ---- per-chunk accumulator and reducer ------------------------------------------------------

  static final class InterposeAccumulator<A> extends StatefulReducer.HeadAccumulator<A> {
    private static final long serialVersionUID = 1L;
  }

  private static final class InterposeReducer<T, A, R>
      extends StatefulReducer<T, T, InterposeAccumulator<A>, A, R> {
    private static final long serialVersionUID = 1L;
    private final T separator;

    InterposeReducer(Reducer<? super T, A, R> down, T separator) {
      super(down, Strategy.BOUNDARY, "interpose(" + separator + ")");
      this.separator = separator;
    }

    @Override
    InterposeAccumulator<A> open(long offset) {
      return new InterposeAccumulator<>();
    }

    @Override
    public InterposeAccumulator<A> step(InterposeAccumulator<A> s, T t) {
      return firstOfChunk(s, t) ? s : pass(s, t, true);
    }

    private InterposeAccumulator<A> pass(InterposeAccumulator<A> s, T t, boolean sep) {
      if (sep) {
        s.inner = down.step(s.inner, separator);
        if (down.isDone(s.inner)) {
          return s;
        }
      }
      s.inner = down.step(s.inner, t);
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public InterposeAccumulator<A> combine(
        InterposeAccumulator<A> left, InterposeAccumulator<A> right) {
      if (right.first) {
        return afterEmptyLeft(left, right);
      }
      if (!right.any) {
        return left;
      }
      if (left.any || left.first) {
        if (!down.isDone(left.inner)) {
          pass(left, (T) right.head, left.any);
        }
      } else {
        left.head = right.head;
      }
      left.any = true;
      mergeInner(left, right);
      return left;
    }
  }
}
