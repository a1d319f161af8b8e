package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/**
 * Elements for the {@code int} stages: {@code long}s that fit an {@code int}, extremes included.
 */
final class IntPrims {
  private IntPrims() {}

  static Long small(Gen g) {
    if (g.chance(0.1)) {
      return (long) g.oneOf(Integer.MIN_VALUE, Integer.MAX_VALUE, (int) g.nextLong());
    }
    return (long) g.intBetween(-3, 9);
  }
}
