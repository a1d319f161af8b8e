package dev.parafold.fn;

import java.io.Serializable;

/**
 * A function from {@code T} to {@code R}.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Fn<T, R> extends java.util.function.Function<T, R>, Serializable {
  @Override
  R apply(T t);

  /** Adapts a vavr {@code Function1} (already serializable). */
  static <T, R> Fn<T, R> of(io.vavr.Function1<T, R> f) {
    java.util.Objects.requireNonNull(f, "f");
    return f::apply;
  }

  /**
   * An existing {@code Function} as an {@code Fn}: itself if it is one, else an adapter that is
   * serializable exactly when {@code f} is (so a cluster executor's serializability check still
   * names the stage that holds a plain JDK function). {@code Function.identity()} becomes the
   * serializable {@link #identity()}.
   */
  @SuppressWarnings("unchecked")
  static <T, R> Fn<T, R> of(java.util.function.Function<? super T, ? extends R> f) {
    java.util.Objects.requireNonNull(f, "f");
    if (f instanceof Fn) {
      return (Fn<T, R>) f;
    }
    if (f == java.util.function.Function.identity()) {
      return (Fn<T, R>) identity(); // the JDK's identity is a plain lambda: serializable here
    }
    return f::apply;
  }

  /** The function that returns its argument (serializable, unlike {@code Function.identity()}). */
  static <T> Fn<T, T> identity() {
    return t -> t;
  }
}
