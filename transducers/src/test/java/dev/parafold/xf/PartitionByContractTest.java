package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.partitionBy}. */
final class PartitionByContractTest extends CatalogContract<Integer, List<Integer>> {
  @Override
  protected Subject<Integer, List<Integer>> subject(Gen gen) {
    int m = gen.intBetween(1, 4);
    return Subject.of(
            Transducers.<Integer>partitionBy(x -> x == null ? null : x % m),
            in -> Models.partitionBy(in, x -> x == null ? null : x % m))
        .withNulls()
        .failing(
            e ->
                Transducers.partitionBy(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("key", () -> Transducers.partitionBy(null));
  }
}
