package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code long} to {@code double}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LongToDouble extends java.util.function.LongToDoubleFunction, Serializable {
  @Override
  double applyAsDouble(long x);
}
