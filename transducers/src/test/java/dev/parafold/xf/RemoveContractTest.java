package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.remove}. */
final class RemoveContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int m = gen.intBetween(1, 4);
    return Subject.of(
            Transducers.<Integer>remove(x -> x != null && x % m == 0),
            in -> Models.filter(in, x -> !(x != null && x % m == 0)))
        .withNulls()
        .failing(
            e ->
                Transducers.remove(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.remove(null));
  }
}
