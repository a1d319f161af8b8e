package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.replace}. */
final class ReplaceContractTest extends CatalogContract<Integer, Object> {
  @Override
  protected Subject<Integer, Object> subject(Gen gen) {
    return subjectOf("replace", gen);
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("replacements", () -> Transducers.replace(null));
  }
}
