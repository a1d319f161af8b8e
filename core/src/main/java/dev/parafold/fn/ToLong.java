package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code T} to {@code long}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ToLong<T> extends java.util.function.ToLongFunction<T>, Serializable {
  @Override
  long applyAsLong(T t);
}
