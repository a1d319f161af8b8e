package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.flatMapToLong}: inner elements stepped unboxed. */
final class FlatMapToLongContractTest extends CatalogContract<Object, Object> {
  @Override
  protected Subject<Object, Object> subject(Gen gen) {
    return subjectOf("flatMapToLong", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.flatMapToLong(null));
  }
}
