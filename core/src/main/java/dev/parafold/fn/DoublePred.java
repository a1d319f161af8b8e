package dev.parafold.fn;

import java.io.Serializable;

/**
 * A predicate on {@code double}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoublePred extends java.util.function.DoublePredicate, Serializable {
  @Override
  boolean test(double x);
}
