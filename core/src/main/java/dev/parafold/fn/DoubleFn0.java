package dev.parafold.fn;

import java.io.Serializable;

/**
 * A supplier of {@code double}s, such as the generator of an endless {@code generate} source.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoubleFn0 extends java.util.function.DoubleSupplier, Serializable {
  @Override
  double getAsDouble();
}
