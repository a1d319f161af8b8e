package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;

/** Conformance of {@code Transducers.skip}. */
final class SkipContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int n = gen.oneOf(0, 1, 2, gen.intBetween(0, 40));
    return Subject.of(
            Transducers.<Integer>skip(n),
            in -> new ArrayList<>(in.subList(Math.min(n, in.size()), in.size())))
        .withNulls();
  }
}
