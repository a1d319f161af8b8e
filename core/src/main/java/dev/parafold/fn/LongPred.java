package dev.parafold.fn;

import java.io.Serializable;

/**
 * A predicate on {@code long}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LongPred extends java.util.function.LongPredicate, Serializable {
  @Override
  boolean test(long x);
}
