package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code long} to {@code R}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LongToObj<R> extends java.util.function.LongFunction<R>, Serializable {
  @Override
  R apply(long x);
}
