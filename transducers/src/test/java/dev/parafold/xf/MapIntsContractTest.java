package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapInts} (int overflow wraps as in Java). */
final class MapIntsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.mapInts(x -> x * 3 + 1),
            in -> Models.map(in, x -> (long) ((int) (long) x * 3 + 1)),
            IntPrims::small)
        .failing(
            e ->
                Transducers.mapInts(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapInts(null));
  }
}
