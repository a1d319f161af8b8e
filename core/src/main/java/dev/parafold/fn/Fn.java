package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code T} to {@code R}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Fn<T, R> extends java.util.function.Function<T, R>, Serializable {
  @Override
  R apply(T t);

  /** Adapts a vavr {@code Function1} (already serializable). */
  static <T, R> Fn<T, R> of(io.vavr.Function1<T, R> f) {
    java.util.Objects.requireNonNull(f, "f");
    return f::apply;
  }
}
