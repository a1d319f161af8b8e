package dev.parafold.fn;

import java.io.Serializable;

/**
 * An action on {@code T}, for side effects such as {@code forEach} and {@code peek}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Effect<T> extends java.util.function.Consumer<T>, Serializable {
  @Override
  void accept(T t);

  /**
   * An existing {@code Consumer} as an {@code Effect}: itself if it is one, else an adapter that is
   * serializable exactly when {@code action} is.
   */
  @SuppressWarnings("unchecked")
  static <T> Effect<T> of(java.util.function.Consumer<? super T> action) {
    java.util.Objects.requireNonNull(action, "action");
    return action instanceof Effect ? (Effect<T>) action : action::accept;
  }
}
