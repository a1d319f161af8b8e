package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on two values, such as a {@code mapMulti} step or a {@code collect} accumulator.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Effect2<T, U> extends java.util.function.BiConsumer<T, U>, Serializable {
  @Override
  void accept(T t, U u);
}
