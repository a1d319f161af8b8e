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
}
