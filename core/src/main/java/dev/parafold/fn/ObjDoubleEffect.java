package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on a value and a {@code double}, such as a {@code DoubleFold.collect} accumulator.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ObjDoubleEffect<T> extends java.util.function.ObjDoubleConsumer<T>, Serializable {
  @Override
  void accept(T t, double x);
}
