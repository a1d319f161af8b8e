package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapDoublesToInt}. */
final class MapDoublesToIntContractTest extends CatalogContract<Double, Long> {
  @Override
  protected Subject<Double, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.mapDoublesToInt(x -> (int) Math.floor(x)),
            in -> Models.map(in, x -> (long) (int) Math.floor(x)),
            Prims::smallDouble)
        .failing(
            e ->
                Transducers.mapDoublesToInt(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapDoublesToInt(null));
  }
}
