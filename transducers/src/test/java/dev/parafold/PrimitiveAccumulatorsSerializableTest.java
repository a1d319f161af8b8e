package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.reduce.DoubleReducer;
import dev.parafold.reduce.LongReducer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The cells of the primitive folds' {@code count} and {@code reduce(op)} travel as partial results
 * (a distributed executor ships them from its workers), and merge after the trip as before it.
 */
final class PrimitiveAccumulatorsSerializableTest {

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void doubleCount_andReducing_cellsSurviveARoundTrip() throws Exception {
    DoubleReducer<PrimitiveReducers.LongCell, Long> count = new PrimitiveReducers.DoubleCount();
    PrimitiveReducers.LongCell c = count.storeScalar(count.init(), 3);
    c = count.stepDouble(c, 1.5);
    assertEquals(8L, count.complete(count.combine(roundTrip(c), roundTrip(c))));

    LongReducer<PrimitiveReducers.LongCell, PrimitiveReducers.LongCell> sum =
        new PrimitiveReducers.LongReducing(Long::sum);
    PrimitiveReducers.LongCell l = sum.stepLong(sum.stepLong(sum.init(), 4), 5);
    assertEquals(18L, sum.combine(roundTrip(l), roundTrip(l)).value);

    DoubleReducer<PrimitiveReducers.DoubleCell, PrimitiveReducers.DoubleCell> max =
        new PrimitiveReducers.DoubleReducing("max", Math::max);
    PrimitiveReducers.DoubleCell d = max.stepDouble(max.init(), 2.5);
    assertEquals(2.5, max.combine(roundTrip(d), max.init()).value);
  }
}
