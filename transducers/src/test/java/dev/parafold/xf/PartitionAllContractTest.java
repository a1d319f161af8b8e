package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.List;

/** Conformance of {@code Transducers.partitionAll}. */
final class PartitionAllContractTest extends CatalogContract<Integer, List<Integer>> {
  @Override
  protected Subject<Integer, List<Integer>> subject(Gen gen) {
    int n = gen.intBetween(1, 6);
    return Subject.of(Transducers.<Integer>partitionAll(n), in -> Models.partitionAll(in, n))
        .withNulls();
  }
}
