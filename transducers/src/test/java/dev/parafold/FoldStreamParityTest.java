package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldException;
import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Reducers;
import dev.parafold.testkit.Gen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operations {@link Fold} gained for {@code java.util.stream} parity, each against {@code
 * Stream} on every executor (so parallel equals sequential too): the sources, the stages in random
 * chains, the terminals, and the checked-exception stages.
 */
final class FoldStreamParityTest {

  /** One stage in both worlds. */
  private record Op(
      String name,
      Function<Fold<Integer>, Fold<Integer>> fold,
      Function<Stream<Integer>, Stream<Integer>> jdk) {}

  private static Op op(Gen gen) {
    int m = gen.intBetween(2, 5);
    int k = gen.intBetween(0, 30);
    switch (gen.intBetween(0, 9)) {
      case 0:
        return new Op(
            "flatMap(stream)",
            f -> f.flatMap(x -> Stream.of(x, x + 1).limit(Math.floorMod(x, 3))),
            s -> s.flatMap(x -> Stream.of(x, x + 1).limit(Math.floorMod(x, 3))));
      case 1:
        return new Op(
            "flatMapIterable",
            f -> f.flatMapIterable(x -> List.of(x, -x).subList(0, x % 2 + 1)),
            s -> s.flatMap(x -> List.of(x, -x).subList(0, x % 2 + 1).stream()));
      case 2:
        return new Op(
            "mapMulti",
            f ->
                f.<Integer>mapMulti(
                    (x, sink) -> {
                      if (x % m != 0) {
                        sink.accept(x);
                        sink.accept(x * 10);
                      }
                    }),
            s ->
                s.<Integer>mapMulti(
                    (x, sink) -> {
                      if (x % m != 0) {
                        sink.accept(x);
                        sink.accept(x * 10);
                      }
                    }));
      case 3:
        Comparator<Integer> byMod = Comparator.comparing((Integer x) -> Math.floorMod(x, m));
        return new Op(
            "sorted(Comparator chain)",
            f -> f.sorted(byMod.reversed().thenComparing(Comparator.naturalOrder())),
            s -> s.sorted(byMod.reversed().thenComparing(Comparator.naturalOrder())));
      case 4:
        return new Op(
            "sorted(Cmp chain)",
            f ->
                f.sorted(
                    Cmp.comparingInt((Integer x) -> Math.floorMod(x, m)).thenComparing(x -> -x)),
            s ->
                s.sorted(
                    Comparator.comparingInt((Integer x) -> Math.floorMod(x, m))
                        .thenComparing(x -> -x)));
      case 5:
        return new Op(
            "flatMapToInt.boxed",
            f -> f.flatMapToInt(x -> IntStream.range(0, Math.floorMod(x, 3))).boxed(),
            s -> s.flatMapToInt(x -> IntStream.range(0, Math.floorMod(x, 3))).boxed());
      case 6:
        return new Op(
            "filterChecked",
            f -> f.filterChecked(x -> checkedTest(x, m)),
            s -> s.filter(x -> x % m != 0));
      case 7:
        return new Op(
            "flatMapChecked",
            f -> f.flatMapChecked(x -> checkedStream(x)),
            s -> s.flatMap(x -> Stream.of(x, x)));
      case 8:
        return new Op("limit(" + k + ")", f -> f.limit(k), s -> s.limit(k));
      default:
        return new Op(
            "map(Function)",
            f -> f.map(Function.<Integer>identity().andThen(x -> x + 1)),
            s -> s.map(Function.<Integer>identity().andThen(x -> x + 1)));
    }
  }

  private static boolean checkedTest(int x, int m) throws IOException {
    if (x == Integer.MIN_VALUE) {
      throw new IOException("never");
    }
    return x % m != 0;
  }

  private static Stream<Integer> checkedStream(int x) throws IOException {
    if (x == Integer.MIN_VALUE) {
      throw new IOException("never");
    }
    return Stream.of(x, x);
  }

  /** A source in both worlds. */
  private record Src(String name, Fold<Integer> fold, List<Integer> values) {}

  private static Src source(Gen gen) {
    int n = gen.size(200);
    List<Integer> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add(gen.intBetween(0, 40));
    }
    int seed = gen.intBetween(0, 9);
    int cut = gen.intBetween(0, n);
    switch (gen.intBetween(0, 5)) {
      case 0:
        return new Src(
            "iterate.limit",
            Fold.iterate(seed, x -> (x * 7 + 3) % 41).limit(n),
            Stream.iterate(seed, x -> (x * 7 + 3) % 41).limit(n).collect(Collectors.toList()));
      case 1:
        return new Src(
            "iterate(hasNext)",
            Fold.iterate(seed, x -> x < seed + n, x -> x + 1),
            Stream.iterate(seed, x -> x < seed + n, x -> x + 1).collect(Collectors.toList()));
      case 2:
        return new Src(
            "generate.limit",
            Fold.generate(() -> 5).limit(n),
            Stream.generate(() -> 5).limit(n).collect(Collectors.toList()));
      case 3:
        Fold<Integer> right = Fold.from(xs.subList(cut, n));
        return new Src(
            "concat(" + cut + ")",
            Fold.concat(
                Fold.from(xs.subList(0, cut)),
                gen.chance(0.5) ? right : right.map(x -> x).filter(x -> true)),
            xs);
      case 4:
        return new Src("empty", Fold.empty(), List.of());
      default:
        return new Src("list", Fold.from(xs), xs);
    }
  }

  @Test
  void randomChainsAgreeWithStreamOnEveryExecutor() {
    Gen.forAll(
        "Fold vs Stream",
        Gen.DEFAULT_TRIALS,
        gen -> {
          Src src = source(gen);
          Fold<Integer> f = src.fold();
          Stream<Integer> s = src.values().stream();
          List<String> names = new ArrayList<>();
          for (int i = gen.intBetween(0, 3); i > 0; i--) {
            Op o = op(gen);
            names.add(o.name());
            f = o.fold().apply(f);
            s = o.jdk().apply(s);
          }
          List<Integer> want = s.collect(Collectors.toList());
          for (EveryExecutor.Run run : EveryExecutor.runs(gen)) {
            Fold<Integer> g = f.on(run.executor()).chunks(run.chunks());
            String where = src.name() + " " + names + " on " + run.name();
            assertEquals(want, g.toList(), where);
            checkTerminals(want, g, where);
          }
        });
  }

  private static void checkTerminals(List<Integer> want, Fold<Integer> g, String where) {
    assertArrayEquals(want.toArray(), g.toArray(), where + ": toArray()");
    assertArrayEquals(
        want.toArray(new Integer[0]), g.toArray(Integer[]::new), where + ": toArray(generator)");
    Optional<Integer> any = g.findAny();
    assertEquals(!want.isEmpty(), any.isPresent(), where + ": findAny present");
    any.ifPresent(x -> assertTrue(want.contains(x), where + ": findAny"));
    List<Integer> ordered = new ArrayList<>();
    g.forEachOrdered(ordered::add);
    assertEquals(want, ordered, where + ": forEachOrdered");
    assertEquals(
        want.stream().reduce(0, (a, x) -> a + x * 2, Integer::sum),
        g.reduce(0, (a, x) -> a + x * 2, Integer::sum),
        where + ": reduce(identity, accumulator, combiner)");
    assertEquals(
        want.stream()
            .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append)
            .toString(),
        g.collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString(),
        where + ": collect(supplier, accumulator, combiner)");
    assertEquals(
        want.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())),
        g.countBy(Function.identity()),
        where + ": countBy(Function.identity())");
    assertEquals(
        new TreeMap<>(
            want.stream().collect(Collectors.groupingBy(x -> x % 3, Collectors.toList()))),
        new TreeMap<>(g.groupBy(x -> x % 3, Reducers.toList())),
        where + ": groupBy(key, downstream)");
    assertEquals(
        new TreeMap<>(
            want.stream()
                .collect(Collectors.groupingByConcurrent(x -> x % 4, Collectors.counting()))),
        new TreeMap<>(
            g.unordered()
                .collect(Collectors.groupingByConcurrent(x -> x % 4, Collectors.counting()))),
        where + ": unordered().collect(CONCURRENT)");
    assertEquals(
        want.stream().reduce(Integer::sum),
        g.reduce((java.util.function.BinaryOperator<Integer>) Integer::sum),
        where + ": reduce(BinaryOperator)");
    java.util.function.Predicate<Integer> big = x -> x > 30;
    assertEquals(want.stream().anyMatch(big), g.anyMatch(big), where + ": anyMatch(Predicate)");
    assertEquals(
        want.stream().allMatch(big.negate()), g.allMatch(big.negate()), where + ": allMatch");
  }

  @Test
  void primitiveStreamSourcesAndFlatMapsAgree() {
    Gen.forAll(
        "primitive streams",
        Gen.DEFAULT_TRIALS,
        gen -> {
          int n = gen.size(300);
          for (EveryExecutor.Run run : EveryExecutor.runs(gen)) {
            String where = n + " on " + run.name();
            assertEquals(
                IntStream.range(0, n).map(x -> x * 3).sum(),
                Fold.from(IntStream.range(0, n))
                    .on(run.executor())
                    .chunks(run.chunks())
                    .map(x -> x * 3)
                    .sum(),
                where + ": from(IntStream)");
            assertArrayEquals(
                LongStream.range(0, n).filter(x -> x % 3 == 0).toArray(),
                Fold.from(LongStream.range(0, n))
                    .on(run.executor())
                    .chunks(run.chunks())
                    .filter(x -> x % 3 == 0)
                    .toArray(),
                where + ": from(LongStream)");
            assertArrayEquals(
                DoubleStream.iterate(0, x -> x + 0.5).limit(n).toArray(),
                Fold.from(DoubleStream.iterate(0, x -> x + 0.5).limit(n))
                    .on(run.executor())
                    .chunks(run.chunks())
                    .toArray(),
                where + ": from(DoubleStream)");
            List<Integer> xs = IntStream.range(0, n).boxed().collect(Collectors.toList());
            Fold<Integer> f = Fold.from(xs).on(run.executor()).chunks(run.chunks());
            assertArrayEquals(
                xs.stream().flatMapToLong(x -> LongStream.range(0, x % 4)).toArray(),
                f.flatMapToLong(x -> LongStream.range(0, x % 4)).toArray(),
                where + ": flatMapToLong");
            assertArrayEquals(
                xs.stream()
                    .flatMapToDouble(x -> DoubleStream.of(x, x / 2.0).limit(x % 3))
                    .toArray(),
                f.flatMapToDouble(x -> DoubleStream.of(x, x / 2.0).limit(x % 3)).toArray(),
                where + ": flatMapToDouble");
            assertEquals(
                xs.stream().mapToInt(x -> x * x).sum(),
                f.mapToInt(x -> x * x).sum(),
                where + ": mapToInt");
            String text =
                xs.stream()
                    .map(x -> Character.toString('a' + x % 26))
                    .collect(Collectors.joining());
            assertArrayEquals(
                text.chars().filter(Character::isLetter).map(Character::toUpperCase).toArray(),
                Fold.chars(text)
                    .on(run.executor())
                    .chunks(run.chunks())
                    .filter(Character::isLetter)
                    .map(Character::toUpperCase)
                    .toArray(),
                where + ": chars");
          }
        });
  }

  @Test
  void endlessSourcesStopExactlyInParallel() {
    for (EveryExecutor.Run run : EveryExecutor.runs(new Gen(15))) {
      assertEquals(
          Stream.iterate(1L, x -> x * 3 % 1_000_003)
              .takeWhile(x -> x != 9)
              .collect(Collectors.toList()),
          Fold.iterate(1L, x -> x * 3 % 1_000_003)
              .on(run.executor())
              .chunks(run.chunks())
              .takeWhile(x -> x != 9)
              .toList(),
          run.name());
      assertEquals(
          Optional.of(1_000L),
          Fold.iterate(0L, x -> x + 1).on(run.executor()).filter(x -> x >= 1_000).findAny(),
          run.name() + ": findAny on an endless source");
      assertEquals(
          100_000L,
          Fold.generate(() -> "x").on(run.executor()).chunks(run.chunks()).limit(100_000).count(),
          run.name() + ": generate.limit");
      assertArrayEquals(
          LongStream.iterate(2, x -> x * 2).limit(40).toArray(),
          LongFold.iterate(2, x -> x * 2).on(run.executor()).limit(40).toArray(),
          run.name() + ": LongFold.iterate");
    }
  }

  @Test
  void checkedExceptions_ioIsUncheckedIo_othersAreFoldException_uncheckedPassUnchanged() {
    IOException io = new IOException("disk");
    for (EveryExecutor.Run run : EveryExecutor.runs(new Gen(15))) {
      Fold<String> f = Fold.of("a", "b", "c").on(run.executor());
      UncheckedIOException e1 =
          assertThrows(
              UncheckedIOException.class,
              () ->
                  f.filterChecked(
                          s -> {
                            if (s.equals("b")) {
                              throw io;
                            }
                            return true;
                          })
                      .toList());
      assertSame(io, e1.getCause(), run.name());
      UncheckedIOException e2 =
          assertThrows(
              UncheckedIOException.class,
              () ->
                  f.flatMapChecked(
                          s -> {
                            throw io;
                          })
                      .toList());
      assertSame(io, e2.getCause(), run.name());
      Exception other = new Exception("other");
      FoldException e3 =
          assertThrows(
              FoldException.class,
              () ->
                  f.filterChecked(
                          s -> {
                            throw other;
                          })
                      .count());
      assertSame(other, e3.getCause(), run.name());
      IllegalStateException boom = new IllegalStateException("boom");
      assertSame(
          boom,
          assertThrows(
              IllegalStateException.class,
              () ->
                  f.flatMapChecked(
                          s -> {
                            throw boom;
                          })
                      .count()));
    }
  }

  @Test
  void jdkFunctionObjectsAreAcceptedWhereParafoldTypesAre() {
    List<String> words = Arrays.asList("b", "a", "c", "a", "b", "a");
    Function<String, String> id = Function.identity();
    Comparator<Map.Entry<String, Long>> byCountThenWord =
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey());
    assertEquals(
        words.stream().collect(Collectors.groupingBy(id, Collectors.counting())).entrySet().stream()
            .sorted(byCountThenWord)
            .map(Map.Entry::getKey)
            .collect(Collectors.toList()),
        Fold.from(Fold.from(words).parallel().countBy(id).entrySet())
            .sorted(byCountThenWord)
            .map(Map.Entry::getKey)
            .toList());
    java.util.function.Predicate<String> isA = "a"::equals;
    assertEquals(3L, Fold.from(words).filter(isA).count());
    assertEquals(List.of("b", "c", "b"), Fold.from(words).filter(isA.negate()).toList());
    assertEquals(
        Map.of("a", 1, "b", 1, "c", 1),
        Fold.from(words).toMap(id, w -> 1, Integer::sum).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> 1)));
  }
}
