package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.mapLongs}. */
final class MapLongsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("mapLongs", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> PrimitiveTransducers.mapLongs(null));
  }
}
