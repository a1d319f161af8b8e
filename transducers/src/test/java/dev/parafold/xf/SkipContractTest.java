package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.skip}. */
final class SkipContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("skip", gen);
  }
}
