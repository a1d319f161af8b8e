package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapIntsToDouble}. */
final class MapIntsToDoubleContractTest extends CatalogContract<Long, Double> {
  @Override
  protected Subject<Long, Double> subject(Gen gen) {
    return Subject.of(
            Transducers.mapIntsToDouble(x -> x / 2.0),
            in -> Models.map(in, x -> x / 2.0),
            IntPrims::small)
        .failing(
            e ->
                Transducers.mapIntsToDouble(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapIntsToDouble(null));
  }
}
