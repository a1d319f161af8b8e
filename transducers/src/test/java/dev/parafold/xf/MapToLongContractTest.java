package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapToLong}. */
final class MapToLongContractTest extends CatalogContract<Integer, Long> {
  @Override
  protected Subject<Integer, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer>mapToLong(x -> x * 10L), in -> Models.map(in, x -> x * 10L))
        .failing(
            e ->
                Transducers.mapToLong(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapToLong(null));
  }
}
