package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapDoublesToLong}. */
final class MapDoublesToLongContractTest extends CatalogContract<Double, Long> {
  @Override
  protected Subject<Double, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.mapDoublesToLong(Math::round),
            in -> Models.map(in, Math::round),
            Prims::smallDouble)
        .failing(
            e ->
                Transducers.mapDoublesToLong(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapDoublesToLong(null));
  }
}
