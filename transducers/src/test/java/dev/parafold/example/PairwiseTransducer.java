package dev.parafold.example;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.List;

/**
 * The worked example of docs/design-catalog.md: a user-written stateful transducer. Passes each
 * pair of consecutive elements: a, b, c gives [a, b], [b, c].
 *
 * <p>Parallel (boundary-aware): the pair that spans two chunks needs the left chunk's last element
 * and the right chunk's first. A chunk that does not start the input cannot form the pair ending in
 * its first element, so it remembers that element ({@code head}, its undecided prefix) and its last
 * one; {@code combine} emits the spanning pair, then merges.
 */
public final class PairwiseTransducer<T> implements Transducer<T, List<T>> {
  private static final long serialVersionUID = 1L;

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super List<T>, A, R> downstream) {
    return new PairwiseReducer<>(downstream);
  }

  @Override
  public String describe() {
    return "pairwise";
  }

  // ---- per-chunk accumulator and reducer
  // ----------------------------------------------------------

  /** Per-chunk state: the downstream accumulator plus the chunk's edges. */
  static final class PairwiseAccumulator<A> {
    A inner;
    boolean first; // starts the input: nothing to its left
    boolean any; // saw an element
    Object head; // the first element (only needed when not first)
    Object last;
  }

  private static final class PairwiseReducer<T, A, R>
      implements Reducer<T, PairwiseAccumulator<A>, R> {
    private static final long serialVersionUID = 1L;
    private final Reducer<? super List<T>, A, R> down;

    PairwiseReducer(Reducer<? super List<T>, A, R> down) {
      this.down = down;
    }

    @Override
    public PairwiseAccumulator<A> init() {
      return init(0);
    }

    @Override
    public PairwiseAccumulator<A> init(long offset) {
      PairwiseAccumulator<A> s = new PairwiseAccumulator<>();
      s.first = offset == 0;
      // pairs are not one-to-one with elements: downstream positions are known only at 0
      s.inner = down.init(s.first ? 0 : UNKNOWN_OFFSET);
      return s;
    }

    @Override
    public PairwiseAccumulator<A> step(PairwiseAccumulator<A> s, T t) {
      if (s.any) {
        s.inner = pair(s.inner, s.last, t);
      } else {
        s.head = t;
        s.any = true;
      }
      s.last = t;
      return s;
    }

    @SuppressWarnings("unchecked")
    private A pair(A inner, Object a, Object b) {
      return down.step(inner, (List<T>) java.util.Arrays.asList(a, b));
    }

    @Override
    public PairwiseAccumulator<A> combine(
        PairwiseAccumulator<A> left, PairwiseAccumulator<A> right) {
      if (!right.any) {
        return left; // nothing to the right
      }
      if (!left.any) {
        // an empty left part (it may still be the chunk that starts the input)
        right.inner = down.combine(left.inner, right.inner);
        right.first = left.first;
        return right;
      }
      if (!down.isDone(left.inner)) {
        left.inner = pair(left.inner, left.last, right.head); // the spanning pair
      }
      if (!down.isDone(left.inner)) {
        left.inner = down.combine(left.inner, right.inner);
      }
      left.last = right.last;
      return left;
    }

    @Override
    public R complete(PairwiseAccumulator<A> s) {
      return down.complete(s.inner);
    }

    @Override
    public boolean isDone(PairwiseAccumulator<A> s) {
      return down.isDone(s.inner);
    }

    @Override
    public boolean mayStop() {
      return down.mayStop();
    }

    @Override
    public Strategy strategy() {
      return Strategy.BOUNDARY.max(down.strategy());
    }

    @Override
    public String describe() {
      return "pairwise -> " + down.describe();
    }
  }
}
