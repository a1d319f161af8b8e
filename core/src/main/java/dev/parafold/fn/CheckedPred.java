package dev.parafold.fn;

import java.io.Serializable;

/**
 * A test of a {@code T} that may throw a checked exception; see {@code filterChecked}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CheckedPred<T> extends Serializable {
  boolean test(T t) throws Exception;
}
