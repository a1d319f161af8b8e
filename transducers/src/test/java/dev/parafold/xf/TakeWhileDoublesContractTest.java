package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.takeWhileDoubles} (unboxed). */
final class TakeWhileDoublesContractTest extends CatalogContract<Double, Double> {
  @Override
  protected Subject<Double, Double> subject(Gen gen) {
    int m = gen.intBetween(2, 12);
    return Subject.of(
            Transducers.takeWhileDoubles(x -> x < m / 2.0),
            in -> {
              int i = 0;
              while (i < in.size() && in.get(i) < m / 2.0) {
                i++;
              }
              return new ArrayList<>(in.subList(0, i));
            },
            Prims::smallDouble)
        .failing(
            e ->
                Transducers.takeWhileDoubles(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.takeWhileDoubles(null));
  }
}
