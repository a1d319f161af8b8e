package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.List;

/** Conformance of {@code Transducers.window}. */
final class WindowContractTest extends CatalogContract<Integer, List<Integer>> {
  @Override
  protected Subject<Integer, List<Integer>> subject(Gen gen) {
    int size = gen.intBetween(1, 5);
    int step = gen.oneOf(1, gen.intBetween(1, 6));
    return Subject.of(Transducers.<Integer>window(size, step), in -> Models.window(in, size, step))
        .withNulls();
  }
}
