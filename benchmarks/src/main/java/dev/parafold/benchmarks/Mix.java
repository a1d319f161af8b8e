package dev.parafold.benchmarks;

/** The 64-bit mixing function the CPU-bound workloads use (SplitMix64's finalizer, a bijection). */
final class Mix {
  private Mix() {}

  /** One round of SplitMix64's finalizer; a bijection on {@code long}, so keys match once. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** {@code rounds} dependent rounds of {@link #mix64}. */
  static long mixRounds(long x, int rounds) {
    for (int r = 0; r < rounds; r++) {
      x = mix64(x);
    }
    return x;
  }
}
