package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code long} to {@code long}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LongFn extends java.util.function.LongUnaryOperator, Serializable {
  @Override
  long applyAsLong(long x);
}
