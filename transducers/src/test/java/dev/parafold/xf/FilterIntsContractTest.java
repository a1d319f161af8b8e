package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.filterInts}. */
final class FilterIntsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.filterInts(x -> x % 3 != 0),
            in -> Models.filter(in, x -> (int) (long) x % 3 != 0),
            IntPrims::small)
        .failing(
            e ->
                Transducers.filterInts(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.filterInts(null));
  }
}
