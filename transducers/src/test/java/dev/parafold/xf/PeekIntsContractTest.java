package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.peekInts}. */
final class PeekIntsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(Transducers.peekInts(x -> {}), in -> in, IntPrims::small)
        .failing(
            e ->
                Transducers.peekInts(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("action", () -> Transducers.peekInts(null));
  }
}
