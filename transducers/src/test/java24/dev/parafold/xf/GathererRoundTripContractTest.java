package dev.parafold.xf;

import dev.parafold.reduce.Strategy;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.Stage;

/**
 * Conformance of both bridges at once: random catalog chains turned into gatherers and back into
 * transducers equal the chain's model, sequentially and in parallel. {@code
 * fromGatherer(toParallelGatherer(xf))} is a mergeable stage for every chain; {@code
 * fromGatherer(toGatherer(xf))} is one only for stateless chains (otherwise it is sequential-only,
 * and the kit drives executors directly, without the one-thread fallback a {@code Fold} applies:
 * {@code StreamBridgeTest.roundTripsKeepTheResult} covers those through {@code Fold}).
 */
final class GathererRoundTripContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    Stage<Integer, Integer> chain = stage(gen);
    for (int k = gen.intBetween(0, 2); k > 0; k--) {
      chain = chain.andThen(stage(gen));
    }
    boolean lazy = chain.transducer().strategy() == Strategy.STATELESS && gen.chance(0.5);
    var gatherer =
        lazy
            ? StreamBridge.toGatherer(chain.transducer())
            : StreamBridge.toParallelGatherer(chain.transducer());
    return Subject.of(StreamBridge.fromGatherer(gatherer), chain::model).withNulls();
  }
}
