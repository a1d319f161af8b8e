package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.keep}. */
final class KeepContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("keep", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.keep(null));
  }
}
