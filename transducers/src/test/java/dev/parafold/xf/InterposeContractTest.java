package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code Transducers.interpose}. */
final class InterposeContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    Integer sep = gen.oneOf(-1, null);
    return Subject.of(Transducers.<Integer>interpose(sep), in -> Models.interpose(in, sep))
        .withNulls();
  }
}
