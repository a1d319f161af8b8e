package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on an {@code int}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntEffect extends java.util.function.IntConsumer, Serializable {
  @Override
  void accept(int x);
}
