package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.mapLongsToInt}. */
final class MapLongsToIntContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("mapLongsToInt", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> PrimitiveTransducers.mapLongsToInt(null));
  }
}
