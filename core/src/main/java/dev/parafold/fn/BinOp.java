package dev.parafold.fn;

import java.io.Serializable;

/**
 * An associative binary operator on {@code T}, such as a merge function.
 *
 * <p>Serializable, so a pipeline built from lambdas can be shipped to a cluster unchanged.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface BinOp<T> extends java.util.function.BinaryOperator<T>, Serializable {
  @Override
  T apply(T left, T right);

  /**
   * An existing {@code BinaryOperator} as a {@code BinOp}: itself if it is one, else an adapter
   * that is serializable exactly when {@code op} is.
   */
  @SuppressWarnings("unchecked")
  static <T> BinOp<T> of(java.util.function.BiFunction<? super T, ? super T, ? extends T> op) {
    java.util.Objects.requireNonNull(op, "op");
    return op instanceof BinOp ? (BinOp<T>) op : op::apply;
  }
}
