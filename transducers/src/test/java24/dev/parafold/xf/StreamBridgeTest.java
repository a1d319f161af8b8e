package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Strategy;
import dev.parafold.reduce.Transducer;
import dev.parafold.testkit.Gen;
import dev.parafold.testkit.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Gatherer;
import java.util.stream.Gatherers;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamBridge} on JDK 25 with real streams, loaded from the multi-release jar: every
 * bridge, sequential and parallel, equals the transducer's own fold.
 */
final class StreamBridgeTest {
  private static final int[] SIZES = {0, 1, 2, 3, 7, 16, 33, 100, 1_000, 5_000};

  /** The catalog over integers, by name; stateless, boundary, indexed and mergeable alike. */
  private static Map<String, Supplier<Transducer<Integer, ?>>> catalog() {
    Map<String, Supplier<Transducer<Integer, ?>>> c = new java.util.LinkedHashMap<>();
    c.put("map", () -> Transducers.<Integer, Integer>map(x -> x * 3));
    c.put("filter", () -> Transducers.<Integer>filter(x -> x % 3 != 0));
    c.put("flatMap", () -> Transducers.<Integer, Integer>flatMap(x -> List.of(x, -x)));
    c.put("keep", () -> Transducers.<Integer, Integer>keep(x -> x % 2 == 0 ? x : null));
    c.put("replace", () -> Transducers.<Integer>replace(Map.of(1, 100)));
    c.put("limit(0)", () -> Transducers.<Integer>limit(0));
    c.put("limit(5)", () -> Transducers.<Integer>limit(5));
    c.put("limit(700)", () -> Transducers.<Integer>limit(700));
    c.put("skip(7)", () -> Transducers.<Integer>skip(7));
    c.put("takeWhile", () -> Transducers.<Integer>takeWhile(x -> x < 9));
    c.put("dropWhile", () -> Transducers.<Integer>dropWhile(x -> x < 9));
    c.put("haltWhen", () -> Transducers.<Integer>haltWhen(x -> x == 9));
    c.put("takeNth(3)", () -> Transducers.<Integer>takeNth(3));
    c.put("mapIndexed", () -> Transducers.<Integer, Long>mapIndexed((i, x) -> i * 100 + x));
    c.put("zipWithIndex", Transducers::<Integer>zipWithIndex);
    c.put("randomSample", () -> Transducers.<Integer>randomSample(0.5, 42));
    c.put("distinct", Transducers::<Integer>distinct);
    c.put("distinctBy", () -> Transducers.<Integer, Integer>distinctBy(x -> x % 4));
    c.put("sorted", Transducers::<Integer>sorted);
    c.put("dedupe", Transducers::<Integer>dedupe);
    c.put("partitionAll(4)", () -> Transducers.<Integer>partitionAll(4));
    c.put("partitionBy", () -> Transducers.<Integer>partitionBy(x -> x % 3 == 0));
    c.put("window(3,1)", () -> Transducers.<Integer>window(3, 1));
    c.put("window(3,2)", () -> Transducers.<Integer>window(3, 2));
    c.put("interpose", () -> Transducers.<Integer>interpose(-1));
    c.put("scan", () -> Transducers.<Integer, Integer>scan(0, (a, x) -> a + x));
    c.put(
        "filter.distinct.limit(3)",
        () ->
            Transducers.<Integer>filter(x -> x > 2)
                .andThen(Transducers.distinct())
                .andThen(Transducers.limit(3)));
    c.put(
        "map.partitionAll(2).limit(4)",
        () ->
            Transducers.<Integer, Integer>map(x -> x + 1)
                .andThen(Transducers.partitionAll(2))
                .andThen(Transducers.limit(4)));
    return c;
  }

  private static List<Integer> input(Random random, int n) {
    List<Integer> in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      in.add(random.nextInt(12));
    }
    return in;
  }

  @Test
  void everyBridgeEqualsTheFold_sequentialAndParallel() {
    Random random = new Random(20261203L);
    for (var e : catalog().entrySet()) {
      for (int n : SIZES) {
        List<Integer> in = input(random, n);
        checkAgainstFold(e.getKey() + " n=" + n, e.getValue().get(), in);
      }
    }
  }

  @Test
  void randomCatalogChainsEqualTheFold() {
    Gen.forAll(
        "random catalog chains through gatherers",
        Gen.DEFAULT_TRIALS,
        gen -> {
          Stage<Integer, Integer> chain = CatalogContract.stage(gen);
          for (int k = gen.intBetween(0, 3); k > 0; k--) {
            chain = chain.andThen(CatalogContract.stage(gen));
          }
          List<Integer> in = gen.list(2_000, gen.ints(0.1));
          List<Integer> model = chain.model(in);
          assertEquals(model, Fold.from(in).via(chain.transducer()).toList(), chain.toString());
          checkAgainstFold(chain.toString(), chain.transducer(), in);
        });
  }

  private static <U> void checkAgainstFold(
      String what, Transducer<Integer, U> xf, List<Integer> in) {
    List<U> fold = Fold.from(in).sequential().via(xf).toList();
    Gatherer<Integer, ?, U> lazy = StreamBridge.toGatherer(xf);
    Gatherer<Integer, ?, U> parallel = StreamBridge.toParallelGatherer(xf);
    assertEquals(fold, in.stream().gather(lazy).toList(), what + ": toGatherer, sequential");
    assertEquals(fold, in.parallelStream().gather(lazy).toList(), what + ": toGatherer, parallel");
    assertEquals(fold, in.stream().gather(parallel).toList(), what + ": parallel, sequential");
    assertEquals(
        fold, in.parallelStream().gather(parallel).toList(), what + ": parallel, parallel");
    // the fused gather+collect path, and a filter above that makes the chunks uneven
    List<Integer> odd = in.stream().filter(x -> x == null || x % 2 == 1).toList();
    assertEquals(
        Fold.from(odd).sequential().via(xf).toList(),
        in.parallelStream()
            .filter(x -> x == null || x % 2 == 1)
            .gather(parallel)
            .collect(Collectors.toList()),
        what + ": parallel, after a filter, collect");
  }

  // ---- early stop
  // ---------------------------------------------------------------------------------

  @Test
  void aDoneTransducerStopsPullingAnInfiniteStream() {
    AtomicInteger pulled = new AtomicInteger();
    assertEquals(
        List.of(0, 1, 2, 3, 4),
        Stream.iterate(0, i -> i + 1)
            .peek(x -> pulled.incrementAndGet())
            .gather(StreamBridge.toGatherer(Transducers.<Integer>limit(5)))
            .toList());
    assertEquals(5, pulled.get(), "limit(5) pulls five elements");

    pulled.set(0);
    assertEquals(
        List.of(0, 1, 2, 3),
        Stream.iterate(0, i -> i + 1)
            .peek(x -> pulled.incrementAndGet())
            .gather(StreamBridge.toGatherer(Transducers.<Integer>takeWhile(x -> x < 4)))
            .toList());
    assertEquals(5, pulled.get(), "takeWhile pulls up to the first failing element");
  }

  @Test
  void aRejectingDownstreamStopsTheGatherer() {
    AtomicInteger pulled = new AtomicInteger();
    assertEquals(
        List.of(List.of(0, 1, 2), List.of(3, 4, 5)),
        Stream.iterate(0, i -> i + 1)
            .peek(x -> pulled.incrementAndGet())
            .gather(StreamBridge.toGatherer(Transducers.<Integer>partitionAll(3)))
            .limit(2)
            .toList());
    assertEquals(6, pulled.get());

    pulled.set(0);
    assertEquals(
        2,
        Stream.iterate(1, i -> i + 1)
            .peek(x -> pulled.incrementAndGet())
            .gather(StreamBridge.toGatherer(Transducers.<Integer, Integer>map(x -> x * 2)))
            .findFirst()
            .orElseThrow());
    assertEquals(1, pulled.get());

    // a scan streams from offset 0: lazy on an infinite stream
    assertEquals(
        List.of(1, 3, 6, 10),
        Stream.iterate(1, i -> i + 1)
            .gather(StreamBridge.toGatherer(Transducers.<Integer, Integer>scan(0, (a, x) -> a + x)))
            .limit(4)
            .toList());
  }

  @Test
  void theParallelGathererStopsAnInfiniteParallelStream() {
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 6),
        Stream.iterate(0, i -> i + 1)
            .parallel()
            .gather(StreamBridge.toParallelGatherer(Transducers.<Integer>limit(7)))
            .toList());
    assertEquals(
        List.of(0, 1, 2),
        Stream.iterate(0, i -> i + 1)
            .parallel()
            .gather(StreamBridge.toParallelGatherer(Transducers.<Integer>takeWhile(x -> x < 3)))
            .toList());
  }

  @Test
  void javadocExamplesGiveTheDocumentedResults() {
    assertEquals(
        List.of("a", "b", "a"),
        Stream.of("a", "a", "b", "b", "a")
            .gather(StreamBridge.toGatherer(Transducers.<String>dedupe()))
            .toList());
    assertEquals(
        List.of(List.of(1, 2, 3), List.of(4, 5, 6)),
        Stream.iterate(1, i -> i + 1)
            .gather(StreamBridge.toGatherer(Transducers.<Integer>partitionAll(3)))
            .limit(2)
            .toList());
    List<Integer> big = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      big.add(i / 3);
    }
    assertEquals(
        big.stream().gather(StreamBridge.toGatherer(Transducers.<Integer>dedupe())).toList(),
        big.parallelStream()
            .gather(StreamBridge.toParallelGatherer(Transducers.<Integer>dedupe()))
            .toList());
    assertEquals(
        List.of(List.of(1, 2), List.of(3, 4), List.of(5)),
        Fold.from(List.of(1, 2, 3, 4, 5))
            .via(StreamBridge.fromGatherer(Gatherers.<Integer>windowFixed(2)))
            .toList());
  }

  @Test
  void aThrowingUserFunctionReachesTheCaller() {
    IllegalStateException boom = new IllegalStateException("boom");
    Transducer<Integer, Integer> throwing =
        Transducers.map(
            x -> {
              throw boom;
            });
    assertSame(
        boom,
        assertThrows(
            IllegalStateException.class,
            () -> Stream.of(1, 2).gather(StreamBridge.toGatherer(throwing)).toList()));
    assertSame(
        boom,
        assertThrows(
            IllegalStateException.class,
            () ->
                Stream.of(1, 2)
                    .gather(StreamBridge.toParallelGatherer(Transducers.<Integer>dedupe()))
                    .gather(StreamBridge.toGatherer(throwing))
                    .toList()));
    Gatherer<Integer, ?, Integer> throwingGatherer =
        Gatherer.of(
            (Void s, Integer x, Gatherer.Downstream<? super Integer> down) -> {
              throw boom;
            });
    assertSame(
        boom,
        assertThrows(
            IllegalStateException.class,
            () ->
                Fold.from(List.of(1, 2))
                    .via(StreamBridge.fromGatherer(throwingGatherer))
                    .toList()));
  }

  // ---- the gatherers' shape
  // -----------------------------------------------------------------------

  @Test
  void combinerOnlyWhereTheStrategyAllowsIt() {
    Transducer<Integer, Integer> map = Transducers.map(x -> x + 1);
    Transducer<Integer, Integer> dedupe = Transducers.dedupe();
    Transducer<Integer, Integer> sequentialOnly = new SequentialOnly<>();
    assertNotSame(Gatherer.defaultCombiner(), StreamBridge.toGatherer(map).combiner());
    assertSame(Gatherer.defaultCombiner(), StreamBridge.toGatherer(dedupe).combiner());
    assertNotSame(Gatherer.defaultCombiner(), StreamBridge.toParallelGatherer(dedupe).combiner());
    assertSame(
        Gatherer.defaultCombiner(), StreamBridge.toParallelGatherer(sequentialOnly).combiner());
    assertEquals(
        List.of(3, 4, 5),
        List.of(3, 4, 5).parallelStream()
            .gather(StreamBridge.toParallelGatherer(sequentialOnly))
            .toList());
  }

  @Test
  void greedyIntegratorExactlyWhenTheTransducerCannotStopItself() {
    assertInstanceOf(
        Gatherer.Integrator.Greedy.class,
        StreamBridge.toGatherer(Transducers.<Integer>dedupe()).integrator());
    assertInstanceOf(
        Gatherer.Integrator.Greedy.class,
        StreamBridge.toParallelGatherer(Transducers.<Integer>distinct()).integrator());
    assertTrue(
        !(StreamBridge.toGatherer(Transducers.<Integer>limit(3)).integrator()
            instanceof Gatherer.Integrator.Greedy));
    assertTrue(
        !(StreamBridge.toParallelGatherer(Transducers.<Integer>takeWhile(x -> x < 3)).integrator()
            instanceof Gatherer.Integrator.Greedy));
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertEquals(
        "transducer",
        assertThrows(NullPointerException.class, () -> StreamBridge.toGatherer(null)).getMessage());
    assertEquals(
        "transducer",
        assertThrows(NullPointerException.class, () -> StreamBridge.toParallelGatherer(null))
            .getMessage());
    assertEquals(
        "gatherer",
        assertThrows(NullPointerException.class, () -> StreamBridge.fromGatherer(null))
            .getMessage());
  }

  // ---- Gatherer -> transducer
  // ---------------------------------------------------------------------

  private static final List<FoldExecutor> EXECUTORS =
      List.of(SequentialExecutor.instance(), ForkJoinExecutor.shared(), new SplitTreeExecutor(3));

  @Test
  void jdkGatherersRunAsTransducers_likeTheStream() {
    Random random = new Random(7);
    List<Gatherer<Integer, ?, ?>> gatherers =
        List.of(
            Gatherers.windowFixed(3),
            Gatherers.windowSliding(2),
            Gatherers.scan(() -> 0, (a, x) -> a + x),
            Gatherers.fold(() -> 0, (a, x) -> a + x),
            Gatherer.<Integer, Integer>of((s, x, down) -> x % 3 == 0 || down.push(x * 2)),
            SumThenElements.gatherer());
    for (Gatherer<Integer, ?, ?> g : gatherers) {
      for (int n : SIZES) {
        List<Integer> in = input(random, n);
        checkGatherer(g, in);
      }
    }
  }

  private static <U> void checkGatherer(Gatherer<Integer, ?, U> g, List<Integer> in) {
    List<U> stream = in.stream().gather(g).toList();
    Transducer<Integer, U> xf = StreamBridge.fromGatherer(g);
    assertEquals(
        g.combiner() == Gatherer.defaultCombiner() ? Strategy.SEQUENTIAL : Strategy.MERGEABLE,
        xf.strategy());
    for (FoldExecutor exec : EXECUTORS) {
      assertEquals(stream, Fold.from(in).on(exec).via(xf).toList(), xf.describe() + " on " + exec);
    }
    assertEquals(stream, in.parallelStream().gather(g).toList(), "the stream agrees with itself");
  }

  @Test
  void aGathererThatStopsEndsTheFold() {
    AtomicInteger pulled = new AtomicInteger();
    Gatherer<Integer, int[], Integer> firstThree =
        Gatherer.ofSequential(() -> new int[1], (seen, x, down) -> down.push(x) && ++seen[0] < 3);
    List<Integer> big = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      big.add(i);
    }
    assertEquals(
        List.of(0, 1, 2),
        Fold.from(big)
            .sequential()
            .via(Transducers.<Integer>peek(x -> pulled.incrementAndGet()))
            .via(StreamBridge.fromGatherer(firstThree))
            .toList());
    assertEquals(3, pulled.get());
    for (FoldExecutor exec : EXECUTORS) {
      assertEquals(
          List.of(0, 1, 2),
          Fold.from(big).on(exec).via(StreamBridge.fromGatherer(firstThree)).toList());
    }

    // and a done downstream stops a greedy gatherer
    pulled.set(0);
    Gatherer<Integer, ?, Integer> doubled =
        Gatherer.of(
            Gatherer.Integrator.ofGreedy(
                (Void s, Integer x, Gatherer.Downstream<? super Integer> down) ->
                    down.push(x * 2)));
    assertEquals(
        List.of(0, 2, 4, 6),
        Fold.from(big)
            .sequential()
            .via(Transducers.<Integer>peek(x -> pulled.incrementAndGet()))
            .via(StreamBridge.fromGatherer(doubled))
            .via(Transducers.limit(4))
            .toList());
    assertTrue(pulled.get() <= 5, "pulled " + pulled.get());
  }

  @Test
  void roundTripsKeepTheResult() {
    List<Integer> in = input(new Random(3), 2_000);
    for (var e : catalog().entrySet()) {
      roundTrip(e.getKey(), e.getValue().get(), in);
    }
  }

  private static <U> void roundTrip(String what, Transducer<Integer, U> xf, List<Integer> in) {
    List<U> fold = Fold.from(in).sequential().via(xf).toList();
    for (FoldExecutor exec : EXECUTORS) {
      assertEquals(
          fold,
          Fold.from(in)
              .on(exec)
              .via(StreamBridge.fromGatherer(StreamBridge.toGatherer(xf)))
              .toList(),
          what + " via toGatherer on " + exec);
      assertEquals(
          fold,
          Fold.from(in)
              .on(exec)
              .via(StreamBridge.fromGatherer(StreamBridge.toParallelGatherer(xf)))
              .toList(),
          what + " via toParallelGatherer on " + exec);
    }
  }

  /** A user stage that declares it cannot be split. */
  private static final class SequentialOnly<T> implements Transducer<T, T> {
    private static final long serialVersionUID = 1L;

    @Override
    public <A, R> dev.parafold.reduce.Reducer<T, ?, R> apply(
        dev.parafold.reduce.Reducer<? super T, A, R> downstream) {
      return Transducer.<T>identity().apply(downstream);
    }

    @Override
    public Strategy strategy() {
      return Strategy.SEQUENTIAL;
    }
  }
}
