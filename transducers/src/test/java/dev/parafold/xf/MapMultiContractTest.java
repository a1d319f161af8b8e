package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapMulti}. */
final class MapMultiContractTest extends CatalogContract<Object, Object> {
  @Override
  protected Subject<Object, Object> subject(Gen gen) {
    return subjectOf("mapMulti", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapMulti(null));
  }
}
