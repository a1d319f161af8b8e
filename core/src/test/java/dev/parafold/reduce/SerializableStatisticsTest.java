package dev.parafold.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.DoubleSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The statistics reducers keep serializable accumulators, and their results are bit-identical to
 * the JDK's statistics fed the same elements through the same split-and-combine tree.
 */
final class SerializableStatisticsTest {
  private static final double[] SPECIALS = {
    0.0,
    -0.0,
    1e308,
    -1e308,
    Double.MAX_VALUE,
    Double.MIN_VALUE,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Double.NaN,
    1e-300,
    3.0e16,
    1.0
  };

  private static double nextDouble(SplittableRandom rnd, boolean specials) {
    if (specials && rnd.nextInt(8) == 0) {
      return SPECIALS[rnd.nextInt(SPECIALS.length)];
    }
    switch (rnd.nextInt(3)) {
      case 0:
        return rnd.nextDouble();
      case 1:
        return (rnd.nextDouble() - 0.5) * 1e16;
      default:
        return rnd.nextDouble() * Math.pow(10, rnd.nextInt(-20, 20));
    }
  }

  /** Folds {@code xs[from, to)} with both, splitting at random points; returns [ours, jdk]. */
  private static Object[] fold(
      double[] xs, int from, int to, SplittableRandom rnd, DoubleReducer<Object, ?> r) {
    if (to - from < 8 || rnd.nextInt(4) == 0) {
      Object a = r.init();
      DoubleSummaryStatistics j = new DoubleSummaryStatistics();
      for (int i = from; i < to; i++) {
        a = r.stepDouble(a, xs[i]);
        j.accept(xs[i]);
      }
      return new Object[] {a, j};
    }
    int mid = rnd.nextInt(from + 1, to);
    Object[] l = fold(xs, from, mid, rnd, r);
    Object[] rr = fold(xs, mid, to, rnd, r);
    ((DoubleSummaryStatistics) l[1]).combine((DoubleSummaryStatistics) rr[1]);
    return new Object[] {r.combine(l[0], rr[0]), l[1]};
  }

  private static void assertSame(DoubleSummaryStatistics want, DoubleSummaryStatistics got) {
    String m = want + " vs " + got;
    assertEquals(want.getCount(), got.getCount(), m);
    assertEquals(bits(want.getSum()), bits(got.getSum()), m);
    assertEquals(bits(want.getMin()), bits(got.getMin()), m);
    assertEquals(bits(want.getMax()), bits(got.getMax()), m);
    assertEquals(bits(want.getAverage()), bits(got.getAverage()), m);
  }

  private static long bits(double d) {
    return Double.doubleToLongBits(d); // all NaNs alike, -0.0 apart from 0.0
  }

  @Test
  @SuppressWarnings("unchecked")
  void doubleStatistics_bitIdenticalToJdk_throughSplits_andSerializable() throws Exception {
    DoubleReducer<Object, DoubleSummaryStatistics> r =
        (DoubleReducer<Object, DoubleSummaryStatistics>)
            (DoubleReducer<?, ?>) Reducers.doubleStatistics();
    SplittableRandom rnd = new SplittableRandom(42);
    for (int round = 0; round < 2000; round++) {
      double[] xs = new double[rnd.nextInt(0, 300)];
      boolean specials = round % 2 == 0;
      for (int i = 0; i < xs.length; i++) {
        xs[i] = nextDouble(rnd, specials);
      }
      Object[] both = fold(xs, 0, xs.length, rnd, r);
      Object acc = roundTrip(both[0]);
      assertSame((DoubleSummaryStatistics) both[1], r.complete(acc));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void sumDoubles_bitIdenticalToJdkSum_throughSplits() {
    // DoubleSum.merge once added the right side's sum into the plain (fallback) sum three times
    DoubleReducer<Object, Double> r =
        (DoubleReducer<Object, Double>) (DoubleReducer<?, ?>) Reducers.sumDoubles();
    SplittableRandom rnd = new SplittableRandom(43);
    for (int round = 0; round < 2000; round++) {
      double[] xs = new double[rnd.nextInt(0, 300)];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = nextDouble(rnd, true);
      }
      Object[] both = fold(xs, 0, xs.length, rnd, r);
      assertEquals(bits(((DoubleSummaryStatistics) both[1]).getSum()), bits(r.complete(both[0])));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void doubleStatistics_infinitiesOfBothSigns_giveANaNSum_likeTheJdk() {
    DoubleReducer<Object, DoubleSummaryStatistics> r =
        (DoubleReducer<Object, DoubleSummaryStatistics>)
            (DoubleReducer<?, ?>) Reducers.doubleStatistics();
    double[][] cases = {
      {1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY},
      {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY},
      {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, 2},
      {Double.POSITIVE_INFINITY},
      {Double.NaN, 1},
      {}
    };
    for (double[] xs : cases) {
      Object a = r.init();
      DoubleSummaryStatistics j = new DoubleSummaryStatistics();
      for (double x : xs) {
        a = r.stepDouble(a, x);
        j.accept(x);
      }
      assertSame(j, r.complete(a));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void longStatistics_equalJdk_andSerializable() throws Exception {
    LongReducer<Object, LongSummaryStatistics> r =
        (LongReducer<Object, LongSummaryStatistics>) (LongReducer<?, ?>) Reducers.longStatistics();
    SplittableRandom rnd = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      Object left = r.init();
      Object right = r.init();
      LongSummaryStatistics jl = new LongSummaryStatistics();
      LongSummaryStatistics jr = new LongSummaryStatistics();
      int n = rnd.nextInt(0, 50);
      for (int i = 0; i < n; i++) {
        long x = rnd.nextBoolean() ? rnd.nextLong() : rnd.nextLong(-100, 100);
        if (rnd.nextBoolean()) {
          left = r.stepLong(left, x);
          jl.accept(x);
        } else {
          right = r.stepLong(right, x);
          jr.accept(x);
        }
      }
      jl.combine(jr);
      LongSummaryStatistics got = r.complete(roundTrip(r.combine(left, roundTrip(right))));
      assertEquals(jl.toString(), got.toString());
      assertEquals(jl.getCount(), got.getCount());
      assertEquals(jl.getSum(), got.getSum());
      assertEquals(jl.getMin(), got.getMin());
      assertEquals(jl.getMax(), got.getMax());
      assertEquals(bits(jl.getAverage()), bits(got.getAverage()));
    }
  }

  @Test
  void averaging_equalsJdkAverage() throws Exception {
    Reducer<Double, ?, OptionalDouble> r = Reducers.averaging((Double x) -> x);
    assertEquals(OptionalDouble.empty(), complete(r, new double[0]));
    double[] xs = {0.1, 0.2, 0.3, 1e16, -1e16, 7};
    DoubleSummaryStatistics j = new DoubleSummaryStatistics();
    for (double x : xs) {
      j.accept(x);
    }
    assertEquals(bits(j.getAverage()), bits(complete(r, xs).getAsDouble()));
  }

  @SuppressWarnings("unchecked")
  private static <A> OptionalDouble complete(Reducer<Double, A, OptionalDouble> r, double[] xs)
      throws Exception {
    A a = r.init();
    for (double x : xs) {
      a = r.step(a, x);
    }
    return r.complete((A) roundTrip(a));
  }

  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
