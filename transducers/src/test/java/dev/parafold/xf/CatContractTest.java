package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.List;

/** Conformance of {@code Transducers.cat}. */
final class CatContractTest extends CatalogContract<List<Integer>, Integer> {
  @Override
  protected Subject<List<Integer>, Integer> subject(Gen gen) {
    return Subject.<List<Integer>, Integer>of(
            cat(),
            in -> {
              List<Integer> out = new ArrayList<>();
              for (List<Integer> xs : in) {
                if (xs != null) {
                  out.addAll(xs);
                }
              }
              return out;
            },
            g -> g.list(4, g.ints(0.1)))
        .withNulls();
  }

  @SuppressWarnings("unchecked")
  private static dev.parafold.reduce.Transducer<List<Integer>, Integer> cat() {
    return (dev.parafold.reduce.Transducer<List<Integer>, Integer>)
        (dev.parafold.reduce.Transducer<?, ?>) Transducers.<Integer>cat();
  }
}
