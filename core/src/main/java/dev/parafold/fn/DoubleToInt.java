package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code double} to {@code int}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoubleToInt extends java.util.function.DoubleToIntFunction, Serializable {
  @Override
  int applyAsInt(double x);
}
