package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.LinkedHashSet;

/** Conformance of {@code Transducers.distinctLongs}. */
final class DistinctLongsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(
        Transducers.distinctLongs(), in -> new ArrayList<>(new LinkedHashSet<>(in)), Prims::small);
  }
}
