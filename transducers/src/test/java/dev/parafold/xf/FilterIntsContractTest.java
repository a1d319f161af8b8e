package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.filterInts}. */
final class FilterIntsContractTest extends CatalogContract<Long, Object> {
  @Override
  protected Subject<Long, Object> subject(Gen gen) {
    return subjectOf("filterInts", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> PrimitiveTransducers.filterInts(null));
  }
}
