package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.mapDoublesToObj}. */
final class MapDoublesToObjContractTest extends CatalogContract<Double, Object> {
  @Override
  protected Subject<Double, Object> subject(Gen gen) {
    return subjectOf("mapDoublesToObj", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> PrimitiveTransducers.mapDoublesToObj(null));
  }
}
