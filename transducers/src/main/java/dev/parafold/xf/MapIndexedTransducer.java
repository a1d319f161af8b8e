package dev.parafold.xf;

import dev.parafold.fn.Fn2;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import java.util.Objects;

/**
 * Applies {@code f} to each element and its position (0, 1, 2, ...); with {@code keep}, drops the
 * null results. Clojure {@code map-indexed} and {@code keep-indexed}; no {@code java.util.stream}
 * equivalent.
 *
 * <p>Parallel (index-aware): see {@link PositionalReducer}. One-to-one when mapping, so exact
 * offsets pass through to the stages below.
 */
final class MapIndexedTransducer<T, U> implements Transducer<T, U> {
  private static final long serialVersionUID = 1L;
  private final Fn2<Long, ? super T, ? extends U> f;
  private final boolean keep;

  MapIndexedTransducer(Fn2<Long, ? super T, ? extends U> f, boolean keep) {
    this.f = Objects.requireNonNull(f, "f");
    this.keep = keep;
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super U, A, R> downstream) {
    return new MapIndexedReducer<>(downstream, f, keep);
  }

  @Override
  public String describe() {
    return keep ? "keepIndexed" : "mapIndexed";
  }

  // ---- per-chunk reducer --------------------------------------------------------------------

  private static final class MapIndexedReducer<T, U, A, R> extends PositionalReducer<T, U, A, R> {
    private static final long serialVersionUID = 1L;
    private final Fn2<Long, ? super T, ? extends U> f;
    private final boolean keep;

    MapIndexedReducer(
        Reducer<? super U, A, R> down, Fn2<Long, ? super T, ? extends U> f, boolean keep) {
      super(down, !keep, keep ? "keepIndexed" : "mapIndexed");
      this.f = f;
      this.keep = keep;
    }

    @Override
    A at(A inner, long index, T t) {
      U u = f.apply(index, t);
      return keep && u == null ? inner : down.step(inner, u);
    }
  }
}
