package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.replace}. */
final class ReplaceContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    Map<Integer, Integer> m = new java.util.HashMap<>();
    m.put(1, 100);
    m.put(2, null);
    m.put(null, 7);
    return Subject.of(
            Transducers.<Integer>replace(m), in -> Models.map(in, x -> m.getOrDefault(x, x)))
        .withNulls();
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("replacements", () -> Transducers.replace(null));
  }
}
