package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code T} to {@code R} that may throw a checked exception; see {@code
 * mapChecked}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CheckedFn<T, R> extends Serializable {
  R apply(T t) throws Exception;
}
