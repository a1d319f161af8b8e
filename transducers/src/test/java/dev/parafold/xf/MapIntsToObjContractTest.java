package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapIntsToObj}. */
final class MapIntsToObjContractTest extends CatalogContract<Long, String> {
  @Override
  protected Subject<Long, String> subject(Gen gen) {
    return Subject.of(
            Transducers.<String>mapIntsToObj(x -> "#" + x),
            in -> Models.map(in, x -> "#" + (int) (long) x),
            IntPrims::small)
        .failing(
            e ->
                Transducers.mapIntsToObj(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapIntsToObj(null));
  }
}
