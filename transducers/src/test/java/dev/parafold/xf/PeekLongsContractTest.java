package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.peekLongs}. */
final class PeekLongsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(Transducers.peekLongs(x -> {}), in -> in, Prims::small)
        .failing(
            e ->
                Transducers.peekLongs(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("action", () -> Transducers.peekLongs(null));
  }
}
