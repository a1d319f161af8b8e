package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapDoublesToObj}. */
final class MapDoublesToObjContractTest extends CatalogContract<Double, String> {
  @Override
  protected Subject<Double, String> subject(Gen gen) {
    return Subject.of(
            Transducers.<String>mapDoublesToObj(x -> "d" + x),
            in -> Models.map(in, x -> "d" + x),
            Prims::smallDouble)
        .failing(
            e ->
                Transducers.mapDoublesToObj(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapDoublesToObj(null));
  }
}
