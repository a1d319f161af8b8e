package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code long} to {@code int}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LongToInt extends java.util.function.LongToIntFunction, Serializable {
  @Override
  int applyAsInt(long x);
}
