package dev.parafold.xf;

import dev.parafold.fn.Pred;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Passes elements up to and including the first one that satisfies {@code test}, then stops: 1, 2,
 * 5, 3 with {@code x > 4} gives 1, 2, 5. Clojure {@code halt-when} (which returns the halting
 * element as the whole result; here it is the last element passed, so the result keeps its type);
 * {@code java.util.stream} has no inclusive {@code takeWhile}.
 *
 * <p>Parallel (boundary-aware): as {@code takeWhile}, every chunk runs as if nothing to its left
 * halted; a chunk that halted is done, which cancels everything to its right, and {@code combine}
 * keeps the left part alone once it halted.
 */
final class HaltWhenTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final Pred<? super T> test;

  HaltWhenTransducer(Pred<? super T> test) {
    this.test = Objects.requireNonNull(test, "test");
  }

  @Override
  public Strategy strategy() {
    return Strategy.BOUNDARY;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new TakeWhileTransducer.TakeWhileReducer<>(downstream, test, true, true, "haltWhen");
  }

  @Override
  public String describe() {
    return "haltWhen";
  }
}
