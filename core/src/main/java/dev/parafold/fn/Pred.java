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

  /**
   * An existing {@code Predicate} as a {@code Pred}: itself if it is one, else an adapter that is
   * serializable exactly when {@code p} is.
   */
  @SuppressWarnings("unchecked")
  static <T> Pred<T> of(java.util.function.Predicate<? super T> p) {
    java.util.Objects.requireNonNull(p, "p");
    return p instanceof Pred ? (Pred<T>) p : p::test;
  }

  /** The negation of this test (serializable, unlike {@code Predicate.negate()}). */
  @Override
  default Pred<T> negate() {
    Pred<T> self = this;
    return t -> !self.test(t);
  }

  /** The negation of {@code p}. Same as {@code Predicate.not}. */
  static <T> Pred<T> not(Pred<? super T> p) {
    java.util.Objects.requireNonNull(p, "p");
    return t -> !p.test(t);
  }
}
