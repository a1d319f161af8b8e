package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.List;

/** Conformance of {@code Transducers.cat}. */
final class CatContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("cat", gen);
  }

  @SuppressWarnings("unchecked")
  private static dev.parafold.reduce.Transducer<List<Integer>, Integer> cat() {
    return (dev.parafold.reduce.Transducer<List<Integer>, Integer>)
        (dev.parafold.reduce.Transducer<?, ?>) Transducers.<Integer>cat();
  }
}
