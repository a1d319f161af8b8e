package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.FoldException;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.ReducerLaws;
import dev.parafold.reduce.Reducers;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bridges to java.util.stream and vavr, checked exceptions, and the law-check kit. */
class InteropTest {

  private static List<Integer> randomList(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Integer> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add(r.nextInt(1000) == 0 ? null : r.nextInt(-500, 500));
    }
    return xs;
  }

  @Test
  void collectorRoundTrip_onRandomData() {
    for (long seed = 1; seed <= 20; seed++) {
      List<Integer> xs = randomList(seed, (int) (seed * 997 % 5000));
      List<Integer> noNulls = xs.stream().filter(x -> x != null).collect(Collectors.toList());
      String m = "seed " + seed;
      // a Collector as a reducer, sequential and parallel
      assertEquals(
          noNulls.stream().collect(Collectors.groupingBy(x -> x % 7, Collectors.counting())),
          Fold.from(noNulls)
              .parallel()
              .collect(Collectors.groupingBy(x -> x % 7, Collectors.counting())),
          m);
      // a reducer as a Collector in a plain (parallel) stream
      assertEquals(
          Fold.from(xs).toList(),
          xs.parallelStream().collect(Reducers.toCollector(listReducer())),
          m);
      // a Stream as a source, and a pipeline consumed as a Stream
      assertEquals(
          xs.stream().map(x -> x == null ? 0 : x * 2).collect(Collectors.toList()),
          Fold.from(xs.stream()).map(x -> x == null ? 0 : x * 2).stream()
              .collect(Collectors.toList()),
          m);
    }
  }

  private static Reducer<Integer, ArrayList<Integer>, List<Integer>> listReducer() {
    return Reducers.of(
        ArrayList::new,
        (a, x) -> {
          a.add(x);
          return a;
        },
        (l, r) -> {
          l.addAll(r);
          return l;
        },
        a -> a);
  }

  @Test
  void concurrentCollector_sharesOneContainer_whenTheCallerAsksForUnordered() {
    List<Integer> xs = IntStream.range(0, 50_000).boxed().collect(Collectors.toList());
    java.util.concurrent.ConcurrentMap<Integer, Long> counts =
        Fold.from(xs)
            .parallel()
            .collectUnordered(Collectors.groupingByConcurrent(x -> x % 10, Collectors.counting()));
    assertEquals(
        xs.stream().collect(Collectors.groupingBy(x -> x % 10, Collectors.counting())), counts);
  }

  @Test
  void iterator_isLazy_andStopsReadingAfterLimit() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Integer> it =
        Fold.from(IntStream.range(0, 1_000_000).boxed().collect(Collectors.toList()))
            .peek(x -> pulled.incrementAndGet())
            .filter(x -> x % 2 == 0)
            .limit(3)
            .iterator();
    assertEquals(0, pulled.get(), "nothing runs before the first hasNext");
    List<Integer> got = new ArrayList<>();
    it.forEachRemaining(got::add);
    assertEquals(List.of(0, 2, 4), got);
    assertTrue(pulled.get() < 64, "read only a few batches, read " + pulled.get());
  }

  @Test
  void vavrSourcesAndResults() {
    io.vavr.collection.Vector<Integer> v = io.vavr.collection.Vector.range(0, 10_000);
    assertEquals(v.sum().longValue(), Fold.from(v).parallel().mapToLong(x -> x).sum());
    io.vavr.collection.List<Integer> l = io.vavr.collection.List.range(0, 5_000);
    assertEquals(l.toJavaList(), Fold.from(l).parallel().toList());
    assertEquals(
        io.vavr.collection.Vector.of(2, 4),
        Fold.of(1, 2, 3, 4).filter(x -> x % 2 == 0).reduce(Reducers.toVector()));
  }

  @Test
  void mapChecked_wrapsCheckedExceptionsOnce_andKeepsUncheckedOnes() {
    Exception other = new Exception("not io");
    FoldException f =
        assertThrows(
            FoldException.class,
            () ->
                Fold.of("a")
                    .mapChecked(
                        s -> {
                          throw other;
                        })
                    .toList());
    assertSame(other, f.getCause());
    IOException io = new IOException("disk");
    java.io.UncheckedIOException e =
        assertThrows(
            java.io.UncheckedIOException.class,
            () ->
                Fold.of("a", "b")
                    .parallel()
                    .mapChecked(
                        s -> {
                          if (s.equals("b")) {
                            throw io;
                          }
                          return s;
                        })
                    .toList());
    assertSame(io, e.getCause());
    IllegalStateException boom = new IllegalStateException("boom");
    assertSame(
        boom,
        assertThrows(
            IllegalStateException.class,
            () ->
                Fold.of("a")
                    .mapChecked(
                        s -> {
                          throw boom;
                        })
                    .toList()));
  }

  @Test
  void mapTry_foldsIntoEither() {
    Either<List<Throwable>, Long> ok =
        Fold.of("1", "2", "3")
            .mapTry(Long::parseLong)
            .reduce(Reducers.tryResults(Reducers.summingLong(x -> x)));
    assertEquals(Either.right(6L), ok);
    Either<List<Throwable>, Long> bad =
        Fold.from(Arrays.asList("1", "x", "3", "y"))
            .parallel()
            .mapTry(Long::parseLong)
            .reduce(Reducers.tryResults(Reducers.summingLong(x -> x)));
    assertTrue(bad.isLeft());
    assertEquals(2, bad.getLeft().size());
    assertInstanceOf(NumberFormatException.class, bad.getLeft().get(0));
    assertTrue(bad.getLeft().get(0).getMessage().contains("\"x\""));
  }

  @Test
  void lawKit_passesLawfulReducers() {
    List<Integer> sample = IntStream.range(0, 40).boxed().collect(Collectors.toList());
    ReducerLaws.check(Reducers.count(), sample);
    ReducerLaws.check(Reducers.toList(), sample);
    ReducerLaws.check(Reducers.joining(","), sample);
    ReducerLaws.check(Reducers.<Integer>first(), sample);
    ReducerLaws.check(Reducers.topK(5, Integer::compare), sample);
    ReducerLaws.check(Reducers.countBy(x -> x % 3), sample);
  }

  @Test
  void lawKit_catchesSubtraction_withAShrunkCounterexample() {
    Reducer<Long, long[], Long> minus =
        Reducers.of(
            () -> new long[1],
            (a, x) -> {
              a[0] -= x;
              return a;
            },
            (l, r) -> {
              l[0] -= r[0];
              return l;
            },
            a -> a[0]);
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> ReducerLaws.check(minus, ReducerLaws.sample(r -> r.nextLong(1, 100), 30, 9)));
    assertTrue(e.getMessage().contains("breaks a fold law"), e.getMessage());
    String smallest = e.getMessage().replaceAll(".*smallest input found: (\\[[^]]*]).*", "$1");
    assertTrue(
        smallest.split(",").length <= 2, "shrunk to at most two elements: " + e.getMessage());
  }

  @Test
  void checkLawsSwitch_failsAPipelineWithABadReducer_namingIt() {
    Reducer<Integer, long[], Long> minus =
        Reducers.of(
            () -> new long[1],
            (a, x) -> {
              a[0] -= x;
              return a;
            },
            (l, r) -> {
              l[0] -= r[0];
              return l;
            },
            a -> a[0]);
    List<Integer> xs = IntStream.range(1, 200).boxed().collect(Collectors.toList());
    System.setProperty("parafold.checkLaws", "true");
    try {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> Fold.from(xs).map(x -> x + 1).reduce(minus));
      assertTrue(e.getMessage().contains("breaks a fold law"), e.getMessage());
      assertTrue(e.getMessage().contains("reducer"), e.getMessage());
      assertEquals(199L, Fold.from(xs).count(), "lawful pipelines still run");
    } finally {
      System.clearProperty("parafold.checkLaws");
    }
  }

  @Test
  void streamSource_isSingleUse_withAClearError() {
    Fold<Integer> once = Fold.from(Stream.of(1, 2, 3));
    assertEquals(3, once.count());
    IllegalStateException e = assertThrows(IllegalStateException.class, once::count);
    assertTrue(e.getMessage().contains("only once"), e.getMessage());
  }
}
