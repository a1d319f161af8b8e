package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code T} to {@code int}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ToInt<T> extends java.util.function.ToIntFunction<T>, Serializable {
  @Override
  int applyAsInt(T t);
}
