package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code T} to {@code double}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ToDouble<T> extends java.util.function.ToDoubleFunction<T>, Serializable {
  @Override
  double applyAsDouble(T t);
}
