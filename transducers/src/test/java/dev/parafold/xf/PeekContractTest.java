package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.peek}. */
final class PeekContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("peek", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("action", () -> Transducers.peek(null));
  }
}
