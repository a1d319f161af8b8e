package dev.parafold.reduce;

import java.util.Locale;

/**
 * The JVM's cap on one list: arrays beyond {@code Integer.MAX_VALUE - 8} elements are refused, so
 * list-collecting reducers fail with a message naming themselves and the count instead of an
 * anonymous {@code OutOfMemoryError}. Sizes are counted as {@code long}s, so a step past the cap,
 * or a {@code combine} of two large halves, is caught before it allocates anything.
 */
final class ListCap {
  /** The most elements one list holds ({@code ArraysSupport.SOFT_MAX_ARRAY_LENGTH}). */
  static final int MAX = Integer.MAX_VALUE - 8;

  private ListCap() {}

  /** Throws if a list of {@code size} elements cannot be held. */
  static void check(String operation, long size) {
    if (size > MAX) {
      throw tooMany(operation, size);
    }
  }

  static StateBudgetExceededException tooMany(String operation, long size) {
    return new StateBudgetExceededException(
        operation,
        StateBudget.entries(MAX),
        String.format(
            Locale.ROOT,
            "%s: %,d elements, more than the %,d that one list can hold; fold to a count or sum, or"
                + " write the elements out",
            operation,
            size,
            MAX));
  }
}
