package dev.parafold.reduce;

import java.util.ArrayList;
import java.util.Locale;

/**
 * The JVM's cap on one list: arrays beyond {@code Integer.MAX_VALUE - 8} elements are refused, so
 * list-collecting reducers fail with a message naming themselves and the count instead of an
 * anonymous {@code OutOfMemoryError}. Sizes are added as {@code long}s, so a {@code combine} of two
 * large halves is caught before it allocates anything.
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

  /**
   * {@code list.add(t)}; the {@code OutOfMemoryError} of a list at the cap becomes the clear error,
   * any other (a full heap) is rethrown as is. Costs nothing on the normal path.
   */
  static <T> void add(String operation, ArrayList<T> list, T t) {
    try {
      list.add(t);
    } catch (OutOfMemoryError e) {
      if (list.size() < MAX) {
        throw e;
      }
      StateBudgetExceededException clear = tooMany(operation, list.size() + 1L);
      clear.initCause(e);
      throw clear;
    }
  }

  /** Appends {@code right} to {@code left}, checking the sum of their sizes first. */
  static <T> ArrayList<T> addAll(String operation, ArrayList<T> left, ArrayList<T> right) {
    check(operation, (long) left.size() + right.size());
    left.addAll(right);
    return left;
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
