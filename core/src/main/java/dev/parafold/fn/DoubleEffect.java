package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on {@code double}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DoubleEffect extends java.util.function.DoubleConsumer, Serializable {
  @Override
  void accept(double x);
}
