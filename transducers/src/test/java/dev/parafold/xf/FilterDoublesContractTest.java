package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.filterDoubles}. */
final class FilterDoublesContractTest extends CatalogContract<Double, Double> {
  @Override
  protected Subject<Double, Double> subject(Gen gen) {
    return Subject.of(
            Transducers.filterDoubles(x -> x > 2),
            in -> Models.filter(in, x -> x > 2),
            Prims::smallDouble)
        .failing(
            e ->
                Transducers.filterDoubles(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.filterDoubles(null));
  }
}
