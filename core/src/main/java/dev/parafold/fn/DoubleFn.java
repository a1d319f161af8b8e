package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code double} to {@code double}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoubleFn extends java.util.function.DoubleUnaryOperator, Serializable {
  @Override
  double applyAsDouble(double x);
}
