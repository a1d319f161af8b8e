package dev.parafold.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.ScalarProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The primitive sources' loops take the scalar step (see {@link LongReducer}) when the reducer
 * does: every element goes through {@code stepScalar} with the accumulator in a local, the result
 * is the element-by-element one, an extreme takes scalars after its first block, and a stop request
 * is still seen within {@link Stop#CHECK_INTERVAL} elements.
 */
final class ScalarStepTest {
  private static final int[] SIZES = {0, 1, 2, 1023, 1024, 1025, 2048, 5000};

  /** The long sources over 0..n-1 (as long[], int[] and a range), by name. */
  private static List<Object[]> longSources(int n) {
    long[] longs = LongStream.range(0, n).map(x -> x * 7 % 11 - 5).toArray();
    int[] ints = new int[n];
    for (int i = 0; i < n; i++) {
      ints[i] = (int) longs[i];
    }
    List<Object[]> out = new ArrayList<>();
    out.add(new Object[] {"long[]", Sources.longs(longs), longs});
    out.add(new Object[] {"int[]", Sources.ints(ints), longs});
    out.add(
        new Object[] {"range", Sources.range(-3, n - 3), LongStream.range(-3, n - 3).toArray()});
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fold(Source<?> s, Reducer r, Stop stop) {
    return r.complete(((Source) s).reduce(r, r.init(0), stop));
  }

  @Test
  void aSum_takesEveryElementAsAScalar() {
    for (int n : SIZES) {
      for (Object[] src : longSources(n)) {
        long[] xs = (long[]) src[2];
        ScalarProbe p = ScalarProbe.of(ScalarProbe.Op.SUM);
        Object got = fold((Source<?>) src[1], p.longs(), Stop.NEVER);
        assertEquals(Optional.of(LongStream.of(xs).sum()), got, src[0] + " n=" + n);
        assertEquals(n, p.scalarSteps(), src[0] + " n=" + n + ": scalar steps");
        assertEquals(0, p.elementSteps(), src[0] + " n=" + n + ": element steps");
      }
    }
  }

  @Test
  void anExtreme_takesScalarsAfterItsFirstBlock() {
    for (int n : SIZES) {
      for (Object[] src : longSources(n)) {
        long[] xs = (long[]) src[2];
        for (ScalarProbe.Op op : new ScalarProbe.Op[] {ScalarProbe.Op.MIN, ScalarProbe.Op.MAX}) {
          ScalarProbe p = ScalarProbe.of(op);
          Object got = fold((Source<?>) src[1], p.longs(), Stop.NEVER);
          OptionalLong want =
              op == ScalarProbe.Op.MIN ? LongStream.of(xs).min() : LongStream.of(xs).max();
          assertEquals(
              want.isPresent() ? Optional.of(want.getAsLong()) : Optional.empty(),
              got,
              src[0] + " " + op + " n=" + n);
          long first = Math.min(n, Stop.CHECK_INTERVAL);
          assertEquals(first, p.elementSteps(), src[0] + " n=" + n + ": the first block");
          assertEquals(n - first, p.scalarSteps(), src[0] + " n=" + n + ": the rest");
        }
      }
    }
  }

  @Test
  void theLibrarysLongTerminals_equalTheStreams() {
    for (int n : SIZES) {
      for (Object[] src : longSources(n)) {
        long[] xs = (long[]) src[2];
        Source<?> s = (Source<?>) src[1];
        String what = src[0] + " n=" + n;
        assertEquals(LongStream.of(xs).sum(), fold(s, Reducers.sumLongs(), Stop.NEVER), what);
        assertEquals((long) n, fold(s, Reducers.countLongs(), Stop.NEVER), what);
        assertEquals(LongStream.of(xs).min(), fold(s, Reducers.minLong(), Stop.NEVER), what);
        assertEquals(LongStream.of(xs).max(), fold(s, Reducers.maxLong(), Stop.NEVER), what);
      }
    }
  }

  @Test
  void aDoubleSource_takesScalarsToo() {
    for (int n : SIZES) {
      double[] xs = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = (i * 7 % 11 - 5) / 2.0;
      }
      ScalarProbe p = ScalarProbe.of(ScalarProbe.Op.MAX);
      Object got = fold(Sources.doubles(xs), p.doubles(), Stop.NEVER);
      Optional<Object> want = p.model(toList(xs), false);
      assertEquals(want, got, "n=" + n);
      assertEquals(Math.max(0, n - Stop.CHECK_INTERVAL), p.scalarSteps(), "n=" + n);
      ScalarProbe sum = ScalarProbe.of(ScalarProbe.Op.SUM);
      assertEquals(
          sum.model(toList(xs), false), fold(Sources.doubles(xs), sum.doubles(), Stop.NEVER));
      assertEquals(n, sum.scalarSteps(), "n=" + n + ": a double sum takes scalars at once");
    }
  }

  private static List<Object> toList(double[] xs) {
    List<Object> out = new ArrayList<>();
    for (double x : xs) {
      out.add(x);
    }
    return out;
  }

  /** Ranges of non-negative numbers run a loop of their own: up to 2^62, just below and beyond. */
  @Test
  void rangesEverywhere_sumAsTheStreams() {
    long p62 = 1L << 62;
    long[][] ranges = {
      {0, 5000},
      {-2500, 2500},
      {p62 - 3000, p62},
      {p62 - 1500, p62 + 1500},
      {p62, p62 + 3000},
      {Long.MAX_VALUE - 3000, Long.MAX_VALUE},
      {Long.MIN_VALUE, Long.MIN_VALUE + 3000}
    };
    for (long[] r : ranges) {
      ScalarProbe p = ScalarProbe.of(ScalarProbe.Op.SUM);
      Object got = fold(Sources.range(r[0], r[1]), p.longs(), Stop.NEVER);
      assertEquals(Optional.of(LongStream.range(r[0], r[1]).sum()), got, r[0] + ".." + r[1]);
      assertEquals(r[1] - r[0], p.scalarSteps());
      assertEquals(
          LongStream.range(r[0], r[1]).max(),
          fold(Sources.range(r[0], r[1]), Reducers.maxLong(), Stop.NEVER),
          r[0] + ".." + r[1]);
    }
  }

  /** A stop requested after the first poll ends the scalar loop within one block, kept. */
  @Test
  void aStopRequest_endsTheScalarLoop_withinOneBlock_keepingWhatWasFolded() {
    for (Function<long[], Source<?>> make :
        List.<Function<long[], Source<?>>>of(Sources::longs, xs -> Sources.range(0, xs.length))) {
      long[] xs = LongStream.range(0, 10_000).toArray();
      AtomicInteger polls = new AtomicInteger();
      Stop stopAtOnce = () -> polls.incrementAndGet() >= 1;
      ScalarProbe p = ScalarProbe.of(ScalarProbe.Op.SUM);
      Object got = fold(make.apply(xs), p.longs(), stopAtOnce);
      long folded = p.scalarSteps();
      assertTrue(folded <= Stop.CHECK_INTERVAL, "folded " + folded + " after the stop");
      assertEquals(1, polls.get(), "polled once");
      assertEquals(
          Optional.of(LongStream.range(0, folded).sum()), got, "the folded prefix is stored");
    }
  }

  /** A reducer that may stop early keeps the element-by-element loop (it checks isDone). */
  @Test
  void aReducerThatMayStop_neverTakesScalars() {
    ScalarProbe p = ScalarProbe.of(ScalarProbe.Op.SUM);
    LongReducer<ScalarProbe.Cell, Optional<Object>> sum = p.longs();
    LongReducer<ScalarProbe.Cell, Optional<Object>> mayStop =
        new LongReducer<>() {
          @Override
          public ScalarProbe.Cell init() {
            return sum.init();
          }

          @Override
          public ScalarProbe.Cell stepLong(ScalarProbe.Cell acc, long x) {
            return sum.stepLong(acc, x);
          }

          @Override
          public ScalarProbe.Cell combine(ScalarProbe.Cell l, ScalarProbe.Cell r) {
            return sum.combine(l, r);
          }

          @Override
          public Optional<Object> complete(ScalarProbe.Cell acc) {
            return sum.complete(acc);
          }

          @Override
          public boolean mayStop() {
            return true;
          }

          @Override
          public boolean scalarReady(ScalarProbe.Cell acc) {
            return true; // contract-breaking on purpose: the loop must not ask
          }

          @Override
          public long loadScalar(ScalarProbe.Cell acc) {
            return sum.loadScalar(acc);
          }

          @Override
          public ScalarProbe.Cell storeScalar(ScalarProbe.Cell acc, long s) {
            return sum.storeScalar(acc, s);
          }

          @Override
          public long stepScalar(long s, long x) {
            return sum.stepScalar(s, x);
          }
        };
    long[] xs = LongStream.range(0, 5000).toArray();
    for (Source<?> s : List.of(Sources.longs(xs), Sources.range(0, 5000))) {
      assertEquals(Optional.of(LongStream.of(xs).sum()), fold(s, mayStop, Stop.NEVER));
    }
    assertEquals(0, p.scalarSteps(), "no scalar step when the reducer may stop");
    assertEquals(10_000, p.elementSteps());
  }
}
