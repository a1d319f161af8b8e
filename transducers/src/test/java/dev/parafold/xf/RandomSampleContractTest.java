package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.randomSample}. */
final class RandomSampleContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    double p = gen.oneOf(0.0, 1.0, gen.unit());
    long seed = gen.nextLong();
    return Subject.of(
            Transducers.<Integer>randomSample(p, seed), in -> Models.randomSample(in, p, seed))
        .withNulls();
  }
}
