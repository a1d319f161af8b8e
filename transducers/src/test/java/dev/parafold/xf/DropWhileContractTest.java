package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.dropWhile}. */
final class DropWhileContractTest extends CatalogContract<Integer, Integer> {
  @Override
  protected Subject<Integer, Integer> subject(Gen gen) {
    int m = gen.intBetween(2, 12);
    return Subject.of(
            Transducers.<Integer>dropWhile(x -> x == null || x % m != 0),
            in -> {
              int i = 0;
              while (i < in.size() && (in.get(i) == null || in.get(i) % m != 0)) {
                i++;
              }
              return new ArrayList<>(in.subList(i, in.size()));
            })
        .withNulls()
        .failing(
            e ->
                Transducers.dropWhile(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.dropWhile(null));
  }
}
