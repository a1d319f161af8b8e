package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code int} to {@code R}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntToObj<R> extends java.util.function.IntFunction<R>, Serializable {
  @Override
  R apply(int x);
}
