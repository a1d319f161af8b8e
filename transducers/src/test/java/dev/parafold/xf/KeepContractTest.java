package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.keep}. */
final class KeepContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer, Integer>keep(x -> x == null || x % 2 == 0 ? null : x * 10),
            in ->
                Models.filter(
                    Models.map(in, x -> x == null || x % 2 == 0 ? null : x * 10), x -> x != null))
        .withNulls()
        .failing(
            e ->
                Transducers.keep(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.keep(null));
  }
}
