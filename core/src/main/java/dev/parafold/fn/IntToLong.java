package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code int} to {@code long}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntToLong extends java.util.function.IntToLongFunction, Serializable {
  @Override
  long applyAsLong(int x);
}
