package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on {@code T}, for side effects such as {@code forEach} and {@code peek}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Effect<T> extends java.util.function.Consumer<T>, Serializable {
  @Override
  void accept(T t);
}
