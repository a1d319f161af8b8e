package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code PrimitiveTransducers.filterDoubles}. */
final class FilterDoublesContractTest extends CatalogContract<Double, Object> {
  @Override
  protected Subject<Double, Object> subject(Gen gen) {
    return subjectOf("filterDoubles", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> PrimitiveTransducers.filterDoubles(null));
  }
}
