package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.peekDoubles}. */
final class PeekDoublesContractTest extends CatalogContract<Double, Double> {
  @Override
  protected Subject<Double, Double> subject(Gen gen) {
    return Subject.of(Transducers.peekDoubles(x -> {}), in -> in, Prims::smallDouble)
        .failing(
            e ->
                Transducers.peekDoubles(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("action", () -> Transducers.peekDoubles(null));
  }
}
