package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapToInt}. */
final class MapToIntContractTest extends CatalogContract<String, Long> {
  @Override
  protected Subject<String, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.<String>mapToInt(String::length),
            in -> Models.map(in, x -> (long) x.length()),
            g -> "x".repeat(g.intBetween(0, 5)))
        .failing(
            e ->
                Transducers.mapToInt(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapToInt(null));
  }
}
