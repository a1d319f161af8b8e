package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.filterLongs}. */
final class FilterLongsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("filterLongs", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> PrimitiveTransducers.filterLongs(null));
  }
}
