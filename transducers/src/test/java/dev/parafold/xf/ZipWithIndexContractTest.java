package dev.parafold.xf;

import dev.parafold.testkit.Gen;
import io.vavr.Tuple;
import io.vavr.Tuple2;

/** Conformance of {@code Transducers.zipWithIndex}. */
final class ZipWithIndexContractTest extends CatalogContract<Integer, Tuple2<Integer, Long>> {
  @Override
  protected Subject<Integer, Tuple2<Integer, Long>> subject(Gen gen) {
    return Subject.of(
            Transducers.<Integer>zipWithIndex(),
            in -> Models.mapIndexed(in, (i, x) -> Tuple.of(x, i), false))
        .withNulls();
  }
}
