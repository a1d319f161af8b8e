package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.distinct}. */
final class DistinctContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("distinct", gen);
  }
}
