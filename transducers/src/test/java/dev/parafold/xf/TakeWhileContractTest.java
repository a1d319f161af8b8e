package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.takeWhile}. */
final class TakeWhileContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int m = gen.intBetween(2, 12);
    return Subject.of(
            Transducers.<Integer>takeWhile(x -> x == null || x % m != 0),
            in -> {
              int i = 0;
              while (i < in.size() && (in.get(i) == null || in.get(i) % m != 0)) {
                i++;
              }
              return new ArrayList<>(in.subList(0, i));
            })
        .withNulls()
        .failing(
            e ->
                Transducers.takeWhile(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.takeWhile(null));
  }
}
