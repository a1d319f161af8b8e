package dev.parafold.xf;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;

/**
 * Keeps each element with probability {@code p}, deterministically: element number {@code i} is
 * kept when a hash of {@code (seed, i)} falls below {@code p}, so the sample depends only on the
 * seed and positions, never on how the input was split or on timing. Clojure {@code random-sample}
 * (which is not reproducible); no {@code java.util.stream} equivalent.
 *
 * <p>Parallel (index-aware): see {@link PositionalReducer}.
 */
final class RandomSampleTransducer<T> implements Transducer<T, T> {
  private static final long serialVersionUID = 1L;
  private final double p;
  private final long seed;

  RandomSampleTransducer(double p, long seed) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("randomSample: p must be in [0, 1], was " + p);
    }
    this.p = p;
    this.seed = seed;
  }

  /** Whether element {@code index} is in the sample of {@code (p, seed)}. */
  static boolean keeps(double p, long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L; // SplitMix64
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53 < p;
  }

  @Override
  public Strategy strategy() {
    return Strategy.INDEXED;
  }

  @Override
  public <A, R> Reducer<T, ?, R> apply(Reducer<? super T, A, R> downstream) {
    return new RandomSampleReducer<>(downstream, p, seed);
  }

  @Override
  public String describe() {
    return "randomSample(" + p + ")";
  }

  // ---- per-chunk reducer --------------------------------------------------------------------

  private static final class RandomSampleReducer<T, A, R> extends PositionalReducer<T, T, A, R> {
    private static final long serialVersionUID = 1L;
    private final double p;
    private final long seed;

    RandomSampleReducer(Reducer<? super T, A, R> down, double p, long seed) {
      super(down, false, "randomSample(" + p + ")");
      this.p = p;
      this.seed = seed;
    }

    @Override
    A at(A inner, long index, T t) {
      return keeps(p, seed, index) ? down.step(inner, t) : inner;
    }
  }
}
