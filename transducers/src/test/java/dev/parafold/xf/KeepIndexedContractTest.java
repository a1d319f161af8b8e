package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.keepIndexed}. */
final class KeepIndexedContractTest extends CatalogContract<Integer, String> {
  @Override
  protected Subject<Integer, String> subject(Gen gen) {
    int m = gen.intBetween(1, 4);
    return Subject.of(
            Transducers.<Integer, String>keepIndexed(
                (i, x) -> (i + (x == null ? 0 : x)) % m == 0 ? i + ":" + x : null),
            in ->
                Models.mapIndexed(
                    in, (i, x) -> (i + (x == null ? 0 : x)) % m == 0 ? i + ":" + x : null, true))
        .withNulls()
        .failing(
            e ->
                Transducers.keepIndexed(
                    (i, x) -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.keepIndexed(null));
  }
}
