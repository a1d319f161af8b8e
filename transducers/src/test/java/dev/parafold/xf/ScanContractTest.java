package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.scan}. */
final class ScanContractTest extends CatalogContract<Integer, Long> {
  @Override
  protected Subject<Integer, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer, Long>scan(7L, (a, x) -> a * 31 + (x == null ? 1 : x)),
            in -> Models.scan(in, 7L, (a, x) -> a * 31 + (x == null ? 1 : x)))
        .withNulls()
        .failing(
            e ->
                Transducers.scan(
                    0L,
                    (a, x) -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.scan(0, null));
  }
}
