package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapLongs}. */
final class MapLongsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.mapLongs(x -> x * 3 + 1),
            in -> Models.map(in, x -> x * 3 + 1),
            Prims::small)
        .failing(
            e ->
                Transducers.mapLongs(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapLongs(null));
  }
}
