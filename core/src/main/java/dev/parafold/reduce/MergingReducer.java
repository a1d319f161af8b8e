package dev.parafold.reduce;

import dev.parafold.fn.BinOp;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import java.util.Objects;

/**
 * Base of the catalog's mergeable reducers: {@code init}, {@code combine} and {@code complete} are
 * functions (called once per chunk), while {@code step}, the per-element hot path, is the
 * subclass's own method, so each source loop sees one monomorphic step and primitives stay unboxed.
 *
 * @param <T> element type
 * @param <A> accumulator type
 * @param <R> result type
 */
abstract class MergingReducer<T, A, R> implements Reducer<T, A, R> {
  private static final long serialVersionUID = 1L;
  private final String name;
  private final Fn0<A> init;
  private final BinOp<A> combine;
  private final Fn<A, R> complete;

  MergingReducer(String name, Fn0<A> init, BinOp<A> combine, Fn<A, R> complete) {
    this.name = Objects.requireNonNull(name, "name");
    this.init = Objects.requireNonNull(init, "init");
    this.combine = Objects.requireNonNull(combine, "combine");
    this.complete = Objects.requireNonNull(complete, "complete");
  }

  @Override
  public final A init() {
    return init.get();
  }

  @Override
  public final A combine(A left, A right) {
    return combine.apply(left, right);
  }

  @Override
  public final R complete(A acc) {
    return complete.apply(acc);
  }

  @Override
  public final Strategy strategy() {
    return Strategy.MERGEABLE;
  }

  @Override
  public final String describe() {
    return name;
  }
}
