package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.mapMulti}. */
final class MapMultiContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer, Integer>mapMulti(
                (x, sink) -> {
                  for (int i = 0; i < x % 3; i++) {
                    sink.accept(x * 10 + i);
                  }
                }),
            in -> {
              List<Integer> out = new ArrayList<>();
              for (Integer x : in) {
                for (int i = 0; i < x % 3; i++) {
                  out.add(x * 10 + i);
                }
              }
              return out;
            })
        .failing(
            e ->
                Transducers.<Integer, Integer>mapMulti(
                    (x, sink) -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.mapMulti(null));
  }
}
