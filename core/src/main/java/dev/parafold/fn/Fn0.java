package dev.parafold.fn;

import java.io.Serializable;

/**
 * A supplier of {@code R}: called once per chunk to create fresh state.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Fn0<R> extends java.util.function.Supplier<R>, Serializable {
  @Override
  R get();
}
