package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapLongsToObj}. */
final class MapLongsToObjContractTest extends CatalogContract<Long, String> {
  @Override
  protected Subject<Long, String> subject(Gen gen) {
    return Subject.of(
            Transducers.<String>mapLongsToObj(x -> "#" + x),
            in -> Models.map(in, x -> "#" + x),
            Prims::small)
        .failing(
            e ->
                Transducers.mapLongsToObj(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapLongsToObj(null));
  }
}
