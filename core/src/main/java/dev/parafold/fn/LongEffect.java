package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on {@code long}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LongEffect extends java.util.function.LongConsumer, Serializable {
  @Override
  void accept(long x);
}
