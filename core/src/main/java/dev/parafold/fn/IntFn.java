package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code int} to {@code int}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntFn extends java.util.function.IntUnaryOperator, Serializable {
  @Override
  int applyAsInt(int x);
}
