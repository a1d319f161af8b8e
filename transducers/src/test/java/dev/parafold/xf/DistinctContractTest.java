package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.LinkedHashSet;

/** Conformance of {@code Transducers.distinct}. */
final class DistinctContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer>distinct(), in -> new ArrayList<>(new LinkedHashSet<>(in)))
        .withNulls();
  }
}
