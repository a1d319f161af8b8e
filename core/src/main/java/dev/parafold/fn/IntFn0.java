package dev.parafold.fn;

import java.io.Serializable;

/**
 * A supplier of {@code int}s, such as the generator of an endless {@code generate} source.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntFn0 extends java.util.function.IntSupplier, Serializable {
  @Override
  int getAsInt();
}
