package dev.parafold.fn;

import java.io.Serializable;

/**
 * A binary operator on {@code double}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoubleBinOp extends java.util.function.DoubleBinaryOperator, Serializable {
  @Override
  double applyAsDouble(double left, double right);
}
