package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.map}. */
final class MapContractTest extends CatalogContract<Integer, String> {
  @Override
  protected Subject<Integer, String> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer, String>map(x -> x + "!"), in -> Models.map(in, x -> x + "!"))
        .withNulls()
        .failing(
            e ->
                Transducers.map(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.map(null));
  }
}
