package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.Specializer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The primitive stages keep their downstream twice (as a {@code Reducer} and as a {@code
 * LongReducer}); specializing a long chain of them must walk each stage once. Walking every path
 * doubled the work per stage and ran out of memory on chains of about 25 stages.
 */
final class SpecializerSharedDownstreamTest {

  @Test
  void aLongChainOfPrimitiveStagesSpecializesAndFolds() {
    int stages = 48;
    Transducer<Long, Long> chain = PrimitiveTransducers.mapLongs(x -> x + 1);
    for (int i = 1; i < stages; i++) {
      chain =
          chain.andThen(
              i % 2 == 0
                  ? PrimitiveTransducers.mapLongs(x -> x + 1)
                  : PrimitiveTransducers.mapInts(x -> x + 1));
    }
    Reducer<Long, ?, List<Long>> r = chain.apply(Reducers.toList());
    Reducer<Long, ?, List<Long>> copy = Specializer.reducer(r);
    assertEquals(r.describe(), copy.describe());
    assertEquals(
        List.of((long) stages, stages + 1L, stages + 2L),
        dev.parafold.Fold.from(List.of(0L, 1L, 2L)).via(chain).toList());
  }
}
