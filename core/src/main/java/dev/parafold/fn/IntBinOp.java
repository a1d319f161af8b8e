package dev.parafold.fn;

import java.io.Serializable;

/**
 * An operator combining two {@code int}s.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntBinOp extends java.util.function.IntBinaryOperator, Serializable {
  @Override
  int applyAsInt(int left, int right);
}
