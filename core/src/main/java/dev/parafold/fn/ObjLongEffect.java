package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on a value and a {@code long}, such as a {@code LongFold.collect} accumulator.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ObjLongEffect<T> extends java.util.function.ObjLongConsumer<T>, Serializable {
  @Override
  void accept(T t, long x);
}
