package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducers;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The stages of the primitive folds that promise to stay unboxed do: the whole chain, applied to an
 * unboxed terminal, is itself an unboxed reducer, so a primitive source steps it without boxing.
 */
final class PrimitiveChainsStayUnboxedTest {

  @Test
  void longIntAndDoubleChainsStepUnboxed() {
    LongFold longs =
        Fold.range(0, 100)
            .map(x -> x + 1)
            .filter(x -> x % 3 != 0)
            .peek(x -> {})
            .takeWhile(x -> x < 90)
            .flatMap(x -> LongStream.of(x, -x))
            .distinct()
            .limit(50);
    assertTrue(
        longs.boxed().transducer().apply(Reducers.sumLongs()) instanceof LongReducer, "LongFold");
    IntFold ints =
        IntFold.range(0, 100)
            .map(x -> x + 1)
            .filter(x -> x % 3 != 0)
            .peek(x -> {})
            .takeWhile(x -> x < 90)
            .flatMap(x -> IntStream.of(x, -x))
            .distinct()
            .limit(50);
    assertTrue(
        ints.asLongs().boxed().transducer().apply(Reducers.sumLongs()) instanceof LongReducer,
        "IntFold (on the long lane)");
    DoubleFold doubles =
        Fold.from(new double[] {1, 2, 3})
            .map(x -> x / 2)
            .filter(x -> x > 0)
            .peek(x -> {})
            .takeWhile(x -> x < 5);
    assertTrue(
        doubles.boxed().transducer().apply(Reducers.sumDoubles()) instanceof DoubleReducer,
        "DoubleFold");
  }
}
