package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.flatMapToInt}: inner elements stepped unboxed. */
final class FlatMapToIntContractTest extends CatalogContract<Object, Object> {
  @Override
  protected Subject<Object, Object> subject(Gen gen) {
    return subjectOf("flatMapToInt", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.flatMapToInt(null));
  }
}
