package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.takeNth}. */
final class TakeNthContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int n = gen.intBetween(1, 5);
    return Subject.of(Transducers.<Integer>takeNth(n), in -> Models.takeNth(in, n)).withNulls();
  }
}
