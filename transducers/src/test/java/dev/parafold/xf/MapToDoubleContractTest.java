package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapToDouble}. */
final class MapToDoubleContractTest extends CatalogContract<Integer, Double> {
  @Override
  protected Subject<Integer, Double> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer>mapToDouble(x -> x / 4.0), in -> Models.map(in, x -> x / 4.0))
        .failing(
            e ->
                Transducers.mapToDouble(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapToDouble(null));
  }
}
