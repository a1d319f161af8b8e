package dev.parafold.fn;

import java.io.Serializable;

/**
 * A supplier of {@code R}: called once per chunk to create fresh state.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Fn0<R> extends java.util.function.Supplier<R>, Serializable {
  @Override
  R get();

  /**
   * An existing {@code Supplier} as an {@code Fn0}: itself if it is one, else an adapter that is
   * serializable exactly when {@code s} is.
   */
  @SuppressWarnings("unchecked")
  static <R> Fn0<R> of(java.util.function.Supplier<? extends R> s) {
    java.util.Objects.requireNonNull(s, "s");
    return s instanceof Fn0 ? (Fn0<R>) s : s::get;
  }
}
