package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.takeWhileLongs} (unboxed). */
final class TakeWhileLongsContractTest extends CatalogContract<Long, Long> {
  @Override
  protected Subject<Long, Long> subject(Gen gen) {
    int m = gen.intBetween(2, 12);
    return Subject.of(
            Transducers.takeWhileLongs(x -> x % m != 0),
            in -> {
              int i = 0;
              while (i < in.size() && in.get(i) % m != 0) {
                i++;
              }
              return new ArrayList<>(in.subList(0, i));
            },
            Prims::small)
        .failing(
            e ->
                Transducers.takeWhileLongs(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("test", () -> Transducers.takeWhileLongs(null));
  }
}
