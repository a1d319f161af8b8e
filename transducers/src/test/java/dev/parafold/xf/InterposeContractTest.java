package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.interpose}. */
final class InterposeContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("interpose", gen);
  }
}
