package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.filter}. */
final class FilterContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("filter", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.filter(null));
  }
}
