package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapDoubles}. */
final class MapDoublesContractTest extends CatalogContract<Double, Double> {
  @Override
  protected Subject<Double, Double> subject(Gen gen) {
    return Subject.of(
            Transducers.mapDoubles(x -> x * 2),
            in -> Models.map(in, x -> x * 2),
            Prims::smallDouble)
        .failing(
            e ->
                Transducers.mapDoubles(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapDoubles(null));
  }
}
