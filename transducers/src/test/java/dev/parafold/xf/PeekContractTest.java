package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.peek}. */
final class PeekContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    return Subject.of(Transducers.<Integer>peek(x -> {}), in -> in)
        .withNulls()
        .failing(
            e ->
                Transducers.peek(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("action", () -> Transducers.peek(null));
  }
}
