package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.parafold.exec.Specializer;
import dev.parafold.fn.LongFn;
import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import org.junit.jupiter.api.Test;

/**
 * A pipeline gets the same copies on its first fold as on every later one, also when its terminal
 * cannot be copied (a singleton with a static field of its own type). The first fold once keyed its
 * copies with the terminal described by its fields, then marked the terminal uncopyable, so later
 * folds keyed them differently: the first fold's stage copies were left over, and the one source
 * copy the folds share saw two receiver classes at its hot call site (a bimorphic call that ran the
 * scalar loop at half speed).
 */
final class SpecializerStableShapeTest {

  /** Used by this test alone, so its first fold here is its first fold in the JVM. */
  static final class Singleton implements LongReducer<long[], Long> {
    private static final long serialVersionUID = 1L;
    static final Singleton INSTANCE = new Singleton();

    @Override
    public long[] init() {
      return new long[1];
    }

    @Override
    public long[] stepLong(long[] acc, long x) {
      acc[0] += x;
      return acc;
    }

    @Override
    public long[] combine(long[] left, long[] right) {
      left[0] += right[0];
      return left;
    }

    @Override
    public Long complete(long[] acc) {
      return acc[0];
    }
  }

  @Test
  void theFirstFoldOfAShape_getsTheCopiesOfEveryLaterFold() {
    LongFn f = x -> x + 1;
    Reducer<Long, ?, Long> first =
        Specializer.reducer(PrimitiveTransducers.mapLongs(f).apply(Singleton.INSTANCE));
    Reducer<Long, ?, Long> second =
        Specializer.reducer(PrimitiveTransducers.mapLongs(f).apply(Singleton.INSTANCE));
    assertNotSame(first, second);
    assertSame(first.getClass(), second.getClass(), "the same copied stage class");
  }
}
