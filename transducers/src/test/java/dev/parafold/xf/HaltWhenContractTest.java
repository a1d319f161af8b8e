package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.haltWhen}. */
final class HaltWhenContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int m = gen.intBetween(2, 12);
    return Subject.of(
            Transducers.<Integer>haltWhen(x -> x != null && x % m == 0),
            in -> Models.haltWhen(in, x -> x != null && x % m == 0))
        .withNulls()
        .failing(
            e ->
                Transducers.haltWhen(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.haltWhen(null));
  }
}
