package dev.parafold.fn;

import java.io.Serializable;

/**
 * A binary operator on {@code long}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LongBinOp extends java.util.function.LongBinaryOperator, Serializable {
  @Override
  long applyAsLong(long left, long right);
}
