package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import io.vavr.Tuple;
import io.vavr.Tuple2;

/**
 * Pairs each element with its position: {@code (element, index)}. Scala {@code zipWithIndex}, Rust
 * and Julia {@code enumerate}; Clojure {@code map-indexed} with {@code vector}.
 *
 * <p>Parallel (index-aware, one-to-one): see {@link PositionalReducer}.
 */
final class ZipWithIndexTransducer<T> implements Transducer<T, Tuple2<T, Long>> {
  private static final long serialVersionUID = 1L;

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super Tuple2<T, Long>, A, R> downstream) {
    return new ZipWithIndexReducer<>(downstream);
  }

  @Override
  public String describe() {
    return "zipWithIndex";
  }

  // ---- per-chunk reducer --------------------------------------------------------------------

  private static final class ZipWithIndexReducer<T, A, R>
      extends PositionalReducer<T, Tuple2<T, Long>, A, R> {
    private static final long serialVersionUID = 1L;

    ZipWithIndexReducer(Reducer<? super Tuple2<T, Long>, A, R> down) {
      super(down, true, "zipWithIndex");
    }

    @Override
    A at(A inner, long index, T t) {
      return down.step(inner, Tuple.of(t, index));
    }
  }
}
