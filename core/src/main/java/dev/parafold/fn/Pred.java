package dev.parafold.fn;

import java.io.Serializable;

/**
 * A predicate on {@code T}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Pred<T> extends java.util.function.Predicate<T>, Serializable {
  @Override
  boolean test(T t);

  /** Adapts a vavr {@code Function1} returning {@code Boolean}. */
  static <T> Pred<T> of(io.vavr.Function1<T, Boolean> f) {
    java.util.Objects.requireNonNull(f, "f");
    return t -> f.apply(t);
  }
}
