package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.takeNth}. */
final class TakeNthContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("takeNth", gen);
  }
}
