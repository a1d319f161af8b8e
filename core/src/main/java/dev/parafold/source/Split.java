package dev.parafold.source;

import java.util.Objects;

/**
 * The two halves of a split source: {@code left} holds the elements that come first in encounter
 * order.
 *
 * @param <T> element type
 * @param left the prefix
 * @param right the rest
 * @since 0.1
 */
public record Split<T>(Source<T> left, Source<T> right) {
  /** Both halves are required. */
  public Split {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }
}
