package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code double} to {@code R}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoubleToObj<R> extends java.util.function.DoubleFunction<R>, Serializable {
  @Override
  R apply(double x);
}
