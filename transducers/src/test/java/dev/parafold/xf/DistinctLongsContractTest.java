package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code PrimitiveTransducers.distinctLongs}. */
final class DistinctLongsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("distinctLongs", gen);
  }
}
