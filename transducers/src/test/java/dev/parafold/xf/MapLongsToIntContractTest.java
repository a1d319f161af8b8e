package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapLongsToInt}. */
final class MapLongsToIntContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.mapLongsToInt(x -> (int) x),
            in -> Models.map(in, x -> (long) (int) (long) x),
            Prims::small)
        .failing(
            e ->
                Transducers.mapLongsToInt(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapLongsToInt(null));
  }
}
