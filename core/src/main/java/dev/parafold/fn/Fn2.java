package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function of two arguments.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Fn2<T, U, R> extends java.util.function.BiFunction<T, U, R>, Serializable {
  @Override
  R apply(T t, U u);

  /** Adapts a vavr {@code Function2} (already serializable). */
  static <T, U, R> Fn2<T, U, R> of(io.vavr.Function2<T, U, R> f) {
    java.util.Objects.requireNonNull(f, "f");
    return f::apply;
  }

  /**
   * An existing {@code BiFunction} as an {@code Fn2}: itself if it is one, else an adapter that is
   * serializable exactly when {@code f} is.
   */
  @SuppressWarnings("unchecked")
  static <T, U, R> Fn2<T, U, R> of(
      java.util.function.BiFunction<? super T, ? super U, ? extends R> f) {
    java.util.Objects.requireNonNull(f, "f");
    return f instanceof Fn2 ? (Fn2<T, U, R>) f : f::apply;
  }
}
