package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.flatMapToInt}: inner elements stepped unboxed. */
final class FlatMapToIntContractTest extends CatalogContract<Integer, Long> {
  @Override
  protected Subject<Integer, Long> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer>flatMapToInt(
                x -> x == 0 ? null : IntStream.of(x, -x, x * 2).limit(x % 4)),
            in -> {
              List<Long> out = new ArrayList<>();
              for (Integer x : in) {
                if (x != 0) {
                  Long[] vals = {(long) x, (long) -x, (long) (x * 2)};
                  for (int i = 0; i < x % 4 && i < vals.length; i++) {
                    out.add(vals[i]);
                  }
                }
              }
              return out;
            })
        .failing(
            e ->
                Transducers.<Integer>flatMapToInt(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.flatMapToInt(null));
  }
}
