package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;

/** Conformance of {@code Transducers.limitLongs}. */
final class LimitLongsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    int n = gen.oneOf(0, 1, 2, gen.intBetween(0, 40));
    return Subject.of(
        Transducers.limitLongs(n),
        in -> new ArrayList<>(in.subList(0, Math.min(n, in.size()))),
        Prims::small);
  }
}
