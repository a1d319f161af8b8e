package dev.parafold.xf;

import dev.parafold.testkit.Gen;

/** Conformance of {@code StreamBridge.fromGatherer} on a user gatherer with a combiner. */
final class FromGathererContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    return Subject.of(StreamBridge.fromGatherer(SumThenElements.gatherer()), SumThenElements::model)
        .withNulls();
  }
}
