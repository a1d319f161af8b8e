package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.dedupe}. */
final class DedupeContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    return Subject.of(Transducers.<Integer>dedupe(), Models::dedupe).withNulls();
  }
}
