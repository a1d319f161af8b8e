package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on a value and an {@code int}, such as an {@code IntFold.collect} accumulator.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ObjIntEffect<T> extends java.util.function.ObjIntConsumer<T>, Serializable {
  @Override
  void accept(T t, int x);
}
