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
}
