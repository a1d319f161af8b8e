package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;

/**
 * Keeps every {@code n}-th element, starting with the first (positions 0, n, 2n, ...). Clojure
 * {@code take-nth}; no {@code java.util.stream} equivalent.
 *
 * <p>Parallel (index-aware): a chunk of known offset keeps its elements by position; a chunk of
 * unknown offset holds them until {@code combine} numbers them (see {@link PositionalReducer}).
 */
final class TakeNthTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final long n;

  TakeNthTransducer(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("takeNth: n must be >= 1, was " + n);
    }
    this.n = n;
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new TakeNthReducer<>(downstream, n);
  }

  @Override
  public String describe() {
    return "takeNth(" + n + ")";
  }

  // ---- per-chunk reducer --------------------------------------------------------------------

  private static final class TakeNthReducer<T, A, R> extends PositionalReducer<T, T, A, R> {
    private static final long serialVersionUID = 1L;
    private final long n;

    TakeNthReducer(Reducer<? super T, A, R> down, long n) {
      super(down, false, "takeNth(" + n + ")");
      this.n = n;
    }

    @Override
    A at(A inner, long index, T t) {
      return index % n == 0 ? down.step(inner, t) : inner;
    }
  }
}
