package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.randomSample}. */
final class RandomSampleContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("randomSample", gen);
  }
}
