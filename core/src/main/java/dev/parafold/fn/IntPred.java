package dev.parafold.fn;

import java.io.Serializable;

/**
 * A test of an {@code int}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntPred extends java.util.function.IntPredicate, Serializable {
  @Override
  boolean test(int x);
}
