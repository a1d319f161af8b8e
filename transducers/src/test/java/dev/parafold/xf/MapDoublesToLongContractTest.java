package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.mapDoublesToLong}. */
final class MapDoublesToLongContractTest extends CatalogContract<Double, Object> {
  @Override
  protected Subject<Double, Object> subject(Gen gen) {
    return subjectOf("mapDoublesToLong", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> PrimitiveTransducers.mapDoublesToLong(null));
  }
}
