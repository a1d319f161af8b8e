package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code PrimitiveTransducers.limitLongs}. */
final class LimitLongsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("limitLongs", gen);
  }
}
