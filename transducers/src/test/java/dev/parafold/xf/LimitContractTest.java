package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;

/** Conformance of {@code Transducers.limit}. */
final class LimitContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int n = gen.oneOf(0, 1, 2, gen.intBetween(0, 40));
    return Subject.of(
            Transducers.<Integer>limit(n),
            in -> new ArrayList<>(in.subList(0, Math.min(n, in.size()))))
        .withNulls();
  }
}
