package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.distinctBy}. */
final class DistinctByContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int m = gen.intBetween(1, 5);
    return Subject.of(
            Transducers.<Integer, Integer>distinctBy(x -> x == null ? null : x % m),
            in -> Models.distinctBy(in, x -> x == null ? null : x % m))
        .withNulls()
        .failing(
            e ->
                Transducers.distinctBy(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("key", () -> Transducers.distinctBy(null));
  }
}
