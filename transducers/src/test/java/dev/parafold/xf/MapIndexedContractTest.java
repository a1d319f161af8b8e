package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapIndexed}. */
final class MapIndexedContractTest extends CatalogContract<Integer, String> {
  @Override
  protected Subject<Integer, String> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer, String>mapIndexed((i, x) -> i + ":" + x),
            in -> Models.map(Models.mapIndexed(in, (i, x) -> i + ":" + x, false), s -> s))
        .withNulls()
        .failing(
            e ->
                Transducers.mapIndexed(
                    (i, x) -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapIndexed(null));
  }
}
