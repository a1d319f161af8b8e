package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code int} to {@code double}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntToDouble extends java.util.function.IntToDoubleFunction, Serializable {
  @Override
  double applyAsDouble(int x);
}
