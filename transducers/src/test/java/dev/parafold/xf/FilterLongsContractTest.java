package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.filterLongs}. */
final class FilterLongsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.filterLongs(x -> x % 2 == 0),
            in -> Models.filter(in, x -> x % 2 == 0),
            Prims::small)
        .failing(
            e ->
                Transducers.filterLongs(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.filterLongs(null));
  }
}
