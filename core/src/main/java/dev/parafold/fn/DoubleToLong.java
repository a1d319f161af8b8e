package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code double} to {@code long}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoubleToLong extends java.util.function.DoubleToLongFunction, Serializable {
  @Override
  long applyAsLong(double x);
}
