package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapIntsToLong}. */
final class MapIntsToLongContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.mapIntsToLong(x -> x * 4L),
            in -> Models.map(in, x -> x * 4L),
            IntPrims::small)
        .failing(
            e ->
                Transducers.mapIntsToLong(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapIntsToLong(null));
  }
}
