package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.flatMap}. */
final class FlatMapContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer, Integer>flatMap(
                x -> x == 0 ? null : java.util.Collections.nCopies(x % 3, x)),
            in -> {
              List<Integer> out = new ArrayList<>();
              for (Integer x : in) {
                if (x != 0) {
                  out.addAll(java.util.Collections.nCopies(x % 3, x));
                }
              }
              return out;
            })
        .failing(
            e ->
                Transducers.flatMap(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.flatMap(null));
  }
}
