package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Element generators for the primitive stages. */
final class Prims {
  private Prims() {}

  static Long small(Gen g) {
    return g.chance(0.1) ? g.nextLong() / 2 : g.longBetween(-3, 9);
  }

  static Double smallDouble(Gen g) {
    return g.intBetween(-8, 8) / 2.0;
  }
}
