package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.function.Executable;

/** Conformance of {@code Transducers.flatMapToDouble}: inner elements stepped unboxed. */
final class FlatMapToDoubleContractTest extends CatalogContract<Integer, Double> {
  @Override
  protected Subject<Integer, Double> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer>flatMapToDouble(
                x -> x == 0 ? null : DoubleStream.of(x, x / 2.0, -x).limit(x % 4)),
            in -> {
              List<Double> out = new ArrayList<>();
              for (Integer x : in) {
                if (x != 0) {
                  Double[] vals = {(double) x, x / 2.0, (double) -x};
                  for (int i = 0; i < x % 4 && i < vals.length; i++) {
                    out.add(vals[i]);
                  }
                }
              }
              return out;
            })
        .failing(
            e ->
                Transducers.<Integer>flatMapToDouble(
                    x -> {
                      throw e;
                    }));
  }

  @Override
  protected Map<String, Executable> nullArguments() {
    return Map.of("f", () -> Transducers.flatMapToDouble(null));
  }
}
