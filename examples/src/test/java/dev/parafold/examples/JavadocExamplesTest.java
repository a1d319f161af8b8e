package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.DoubleFold;
import dev.parafold.Fold;
import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Transducer;
import dev.parafold.xf.Transducers;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The {@code <pre>{@code ...}</pre>} examples of the public javadoc, compiled and run. */
class JavadocExamplesTest {

  @Test
  void transducers_wordsExample() {
    Transducer<String, String> split = Transducers.flatMap(line -> List.of(line.split("\\s+")));
    Transducer<String, String> words =
        split
            .andThen(Transducers.map(String::toLowerCase))
            .andThen(Transducers.filter(w -> !w.isEmpty()));
    assertEquals(List.of("a", "b", "a"), Fold.of("A b", "", "a").via(words).toList());
  }

  @Test
  void reducers_ofExample() {
    Reducer<String, StringBuilder, String> concat =
        Reducers.of(
            StringBuilder::new,
            StringBuilder::append,
            StringBuilder::append,
            StringBuilder::toString);
    assertEquals("abc", Fold.of("a", "b", "c").parallel().reduce(concat));
  }

  @Test
  void reducers_countExamples() {
    List<String> words = List.of("x", "y", "x");
    long n = Fold.from(words).reduce(Reducers.count());
    Map<String, Long> counts = Fold.from(words).reduce(Reducers.countBy(w -> w));
    assertEquals(3, n);
    assertEquals(Map.of("x", 2L, "y", 1L), counts);
  }

  @Test
  void reducers_budgetAndSortExamples() {
    assertEquals(
        Map.of(1, 2L, 0, 2L),
        Fold.of(1, 2, 3, 4)
            .reduce(Reducers.groupBy(x -> x % 2, Reducers.count(), StateBudget.entries(2))));
    assertEquals(
        Map.of("a", 2L, "b", 1L),
        Fold.of("a", "b", "a").reduce(Reducers.countBy(w -> w, StateBudget.entries(1_000_000))));
    assertEquals(
        List.of("a", "d", "bb", "cc"),
        Fold.of("bb", "a", "cc", "d")
            .parallel()
            .reduce(Reducers.toSortedList(Cmp.comparing(String::length))));
    assertEquals(
        List.of(1, 2, 3),
        Fold.of(3, 1, 2).reduce(Reducers.toSortedList(Cmp.natural(), StateBudget.entries(3))));
    // StateBudget's class example
    assertEquals(List.of(1, 2, 3), Fold.of(1, 2, 1, 3).distinct(StateBudget.entries(3)).toList());
  }

  // ---- Reducers factory examples: each mirrors the <pre> example of one factory ---------------

  @Test
  void reducers_ofWithoutFinisherExample() {
    Reducer<String, StringBuilder, StringBuilder> r =
        Reducers.of(StringBuilder::new, StringBuilder::append, StringBuilder::append);
    assertEquals("abc", Fold.of("a", "b", "c").parallel().reduce(r).toString());
  }

  @Test
  void reducers_reducingWithIdentityExample() {
    int r = Fold.of(1, 2, 3).reduce(Reducers.reducing(0, Integer::sum));
    assertEquals(6, r);
  }

  @Test
  void reducers_reducingExample() {
    Optional<Integer> r = Fold.of(1, 2, 3).reduce(Reducers.reducing(Integer::sum));
    assertEquals(Optional.of(6), r);
    assertEquals("Optional[6]", r.toString());
  }

  @Test
  void reducers_countExample() {
    long n = Fold.of("a", "b", "c").reduce(Reducers.count());
    assertEquals(3, n);
  }

  @Test
  void reducers_countLongsExample() {
    long n = Fold.range(0, 10).reduce(Reducers.countLongs());
    assertEquals(10, n);
  }

  @Test
  void reducers_summingLongExample() {
    long r = Fold.of("a", "bb", "ccc").reduce(Reducers.summingLong(String::length));
    assertEquals(6, r);
  }

  @Test
  void reducers_sumLongsExample() {
    long r = Fold.range(1, 5).reduce(Reducers.sumLongs());
    assertEquals(10, r);
  }

  @Test
  void reducers_summingDoubleExample() {
    double r = Fold.of(0.1, 0.2, 0.3).reduce(Reducers.summingDouble(x -> x));
    assertEquals(0.6, r);
  }

  @Test
  void reducers_sumDoublesExample() {
    double r = Fold.from(new double[] {0.5, 1.5, 2.0}).reduce(Reducers.sumDoubles());
    assertEquals(4.0, r);
  }

  @Test
  void reducers_minLongExample() {
    OptionalLong r = Fold.from(new long[] {3, 1, 2}).reduce(Reducers.minLong());
    assertEquals(OptionalLong.of(1), r);
    assertEquals("OptionalLong[1]", r.toString());
  }

  @Test
  void reducers_maxLongExample() {
    OptionalLong r = Fold.from(new long[] {3, 1, 2}).reduce(Reducers.maxLong());
    assertEquals(OptionalLong.of(3), r);
    assertEquals("OptionalLong[3]", r.toString());
  }

  @Test
  void reducers_longStatisticsExample() {
    LongSummaryStatistics s = Fold.range(1, 5).reduce(Reducers.longStatistics());
    assertEquals(4, s.getCount());
    assertEquals(10, s.getSum());
    assertEquals(1, s.getMin());
    assertEquals(4, s.getMax());
    assertEquals(2.5, s.getAverage());
  }

  @Test
  void reducers_doubleStatisticsExample() {
    DoubleSummaryStatistics s =
        Fold.from(new double[] {1, 2, 3}).reduce(Reducers.doubleStatistics());
    assertEquals(3, s.getCount());
    assertEquals(6.0, s.getSum());
    assertEquals(1.0, s.getMin());
    assertEquals(3.0, s.getMax());
    assertEquals(2.0, s.getAverage());
  }

  @Test
  void reducers_averagingExample() {
    OptionalDouble r = Fold.of("a", "bb", "ccc").reduce(Reducers.averaging(String::length));
    assertEquals(OptionalDouble.of(2.0), r);
    assertEquals("OptionalDouble[2.0]", r.toString());
  }

  @Test
  void reducers_minExample() {
    Optional<String> r =
        Fold.of("bb", "a", "c").reduce(Reducers.min(Cmp.comparing(String::length)));
    assertEquals(Optional.of("a"), r);
  }

  @Test
  void reducers_maxExample() {
    Optional<String> r =
        Fold.of("a", "bb", "cc").reduce(Reducers.max(Cmp.comparing(String::length)));
    assertEquals(Optional.of("bb"), r);
  }

  @Test
  void reducers_firstExample() {
    Optional<Integer> r = Fold.of(1, 2, 3).parallel().reduce(Reducers.first());
    assertEquals(Optional.of(1), r);
  }

  @Test
  void reducers_lastExample() {
    Optional<Integer> r = Fold.of(1, 2, 3).parallel().reduce(Reducers.last());
    assertEquals(Optional.of(3), r);
  }

  @Test
  void reducers_anyMatchExample() {
    boolean r = Fold.of(1, 2, 3).reduce(Reducers.anyMatch(x -> x > 2));
    assertTrue(r);
  }

  @Test
  void reducers_anyLongExample() {
    boolean found = Fold.range(0, 10).reduce(Reducers.anyLong(x -> x > 8, true));
    boolean failed = Fold.range(0, 10).reduce(Reducers.anyLong(x -> x < 10, false));
    assertTrue(found);
    assertFalse(failed);
  }

  @Test
  void reducers_firstLongExample() {
    OptionalLong r = Fold.range(5, 10).reduce(Reducers.firstLong());
    assertEquals(OptionalLong.of(5), r);
  }

  @Test
  void reducers_allMatchExample() {
    boolean r = Fold.of(2, 4, 5).reduce(Reducers.allMatch(x -> x % 2 == 0));
    assertFalse(r);
  }

  @Test
  void reducers_noneMatchExample() {
    boolean r = Fold.of(1, 3).reduce(Reducers.noneMatch(x -> x % 2 == 0));
    assertTrue(r);
  }

  @Test
  void reducers_topKExample() {
    List<Integer> r = Fold.of(5, 1, 4, 2).parallel().reduce(Reducers.topK(2, Cmp.natural()));
    assertEquals(List.of(5, 4), r);
  }

  @Test
  void reducers_toSortedListWithOperationExample() {
    List<Integer> r =
        Fold.of(2, 1)
            .reduce(Reducers.toSortedList(Cmp.natural(), StateBudget.unlimited(), "sorted"));
    assertEquals(List.of(1, 2), r);
  }

  @Test
  void reducers_toListExample() {
    List<Integer> r = Fold.of(1, 2, 3).parallel().reduce(Reducers.toList());
    assertEquals(List.of(1, 2, 3), r);
  }

  @Test
  void reducers_toSetExample() {
    Set<Integer> r = Fold.of(1, 2, 1).reduce(Reducers.toSet());
    assertEquals(Set.of(1, 2), r);
  }

  @Test
  void reducers_toMapExample() {
    Map<String, Integer> r = Fold.of("a", "bb").reduce(Reducers.toMap(s -> s, String::length));
    assertEquals(Map.of("a", 1, "bb", 2), r);
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class,
            () -> Fold.of("a", "bb", "cc").reduce(Reducers.toMap(String::length, s -> s)));
    assertEquals(
        "toMap: duplicate key 2 (attempted merging values bb and cc); pass a merge function to"
            + " combine them",
        e.getMessage());
  }

  @Test
  void reducers_toMapWithFactoryExample() {
    java.util.LinkedHashMap<Integer, String> r =
        Fold.of("cc", "a", "b")
            .reduce(
                Reducers.toMap(
                    String::length, s -> s, String::concat, java.util.LinkedHashMap::new));
    assertEquals("{2=cc, 1=ab}", r.toString());
  }

  @Test
  void reducers_toCollectionExample() {
    java.util.TreeSet<Integer> r =
        Fold.of(3, 1, 2).parallel().reduce(Reducers.toCollection(java.util.TreeSet::new));
    assertEquals("[1, 2, 3]", r.toString());
  }

  @Test
  void reducers_groupByWithMapFactoryExample() {
    Map<Integer, Long> r =
        Fold.of("bb", "a", "c")
            .parallel()
            .reduce(
                Reducers.groupBy(String::length, java.util.LinkedHashMap::new, Reducers.count()));
    assertEquals("{2=1, 1=2}", r.toString());
  }

  @Test
  void reducers_collectorsParityExamples() {
    assertEquals(
        List.of(1, 2),
        Fold.of(1, 2)
            .reduce(
                Reducers.collectingAndThen(
                    Reducers.toList(), java.util.Collections::unmodifiableList)));
    assertEquals(
        Map.of(1, "AC", 2, "BB"),
        Fold.of("a", "bb", "c")
            .reduce(
                Reducers.groupBy(
                    String::length, Reducers.mapping(String::toUpperCase, Reducers.joining("")))));
    assertEquals(
        Map.of(false, 1L, true, 1L),
        Fold.of(1, 2, 3, 4)
            .reduce(
                Reducers.groupBy(
                    x -> x % 2 == 0, Reducers.filtering(x -> x > 2, Reducers.count()))));
    assertEquals(
        List.of("a", "b", "c"),
        Fold.of("a b", "c")
            .reduce(Reducers.flatMapping(s -> List.of(s.split(" ")), Reducers.toList())));
    assertEquals(
        2.5,
        Fold.of(1, 2, 3, 4)
            .reduce(
                Reducers.teeing(
                    Reducers.summingLong(x -> x), Reducers.count(), (sum, n) -> (double) sum / n)));
    assertEquals(
        Map.of(0, 3.0, 1, 2.0),
        Fold.of(1, 2, 3, 4).reduce(Reducers.groupBy(x -> x % 2, Reducers.averagingDouble(x -> x))));
    assertEquals(1.5, Fold.of("a", "bb").reduce(Reducers.averagingLong(String::length)));
    // the java.util.stream equivalents give the same
    assertEquals(
        Map.of(1, "AC", 2, "BB"),
        Stream.of("a", "bb", "c")
            .collect(
                Collectors.groupingBy(
                    String::length,
                    Collectors.mapping(String::toUpperCase, Collectors.joining("")))));
    assertEquals(
        2.5,
        Stream.of(1, 2, 3, 4)
            .collect(
                Collectors.teeing(
                    Collectors.summingLong(x -> x),
                    Collectors.counting(),
                    (sum, n) -> (double) sum / n)));
  }

  @Test
  void reducers_toMapMergingExample() {
    Map<Integer, String> r =
        Fold.of("a", "b", "cc").reduce(Reducers.toMap(String::length, s -> s, String::concat));
    assertEquals(Map.of(1, "ab", 2, "cc"), r);
  }

  @Test
  void reducers_joiningExample() {
    String r = Fold.of(1, 2, 3).reduce(Reducers.joining(", "));
    assertEquals("1, 2, 3", r);
  }

  @Test
  void reducers_joiningWithPrefixAndSuffixExample() {
    String r = Fold.of(1, 2, 3).reduce(Reducers.joining(", ", "[", "]"));
    assertEquals("[1, 2, 3]", r);
  }

  @Test
  void reducers_groupByDownstreamExample() {
    Map<Integer, Long> r =
        Fold.of("a", "bb", "c").reduce(Reducers.groupBy(String::length, Reducers.count()));
    assertEquals(Map.of(1, 2L, 2, 1L), r);
  }

  @Test
  void reducers_groupByExample() {
    Map<Integer, List<String>> r = Fold.of("a", "bb", "c").reduce(Reducers.groupBy(String::length));
    assertEquals(Map.of(1, List.of("a", "c"), 2, List.of("bb")), r);
  }

  @Test
  void reducers_countByExample() {
    Map<Integer, Long> r = Fold.of("a", "bb", "c").reduce(Reducers.countBy(String::length));
    assertEquals(Map.of(1, 2L, 2, 1L), r);
  }

  @Test
  void reducers_partitionExample() {
    Map<Boolean, List<Integer>> r =
        Fold.of(1, 2, 3).reduce(Reducers.partition(x -> x > 1, Reducers.toList()));
    assertEquals("{false=[1], true=[2, 3]}", r.toString());
  }

  @Test
  void reducers_mapResultExample() {
    String r = Fold.of(1, 2, 3).reduce(Reducers.mapResult(Reducers.count(), n -> "n=" + n));
    assertEquals("n=3", r);
  }

  @Test
  void reducers_teeExample() {
    Tuple2<Long, Long> r =
        Fold.of(1, 2, 3).reduce(Reducers.tee(Reducers.count(), Reducers.summingLong(x -> x)));
    assertEquals("(3, 6)", r.toString());
  }

  @Test
  void reducers_tee3Example() {
    Tuple3<Long, Optional<Integer>, Optional<Integer>> r =
        Fold.of(1, 2, 3).reduce(Reducers.tee(Reducers.count(), Reducers.first(), Reducers.last()));
    assertEquals("(3, Optional[1], Optional[3])", r.toString());
  }

  @Test
  void reducers_teeAllExample() {
    List<Object> r =
        Fold.of(1, 2, 3).reduce(Reducers.teeAll(List.of(Reducers.count(), Reducers.toList())));
    assertEquals("[3, [1, 2, 3]]", r.toString());
  }

  @Test
  void reducers_toVectorExample() {
    Vector<Integer> r = Fold.of(1, 2, 3).reduce(Reducers.toVector());
    assertEquals("Vector(1, 2, 3)", r.toString());
  }

  @Test
  void reducers_toVavrListExample() {
    io.vavr.collection.List<Integer> r = Fold.of(1, 2, 3).reduce(Reducers.toVavrList());
    assertEquals("List(1, 2, 3)", r.toString());
  }

  @Test
  void reducers_toVavrSetExample() {
    HashSet<Integer> r = Fold.of(1, 2, 1).reduce(Reducers.toVavrSet());
    assertEquals(HashSet.of(1, 2), r);
  }

  @Test
  void reducers_toVavrMapExample() {
    LinkedHashMap<Integer, String> r =
        Fold.of("a", "b", "cc").reduce(Reducers.toVavrMap(String::length, s -> s, String::concat));
    assertEquals("LinkedHashMap((1, ab), (2, cc))", r.toString());
  }

  @Test
  void reducers_fromCollectorExample() {
    String r = Fold.of("a", "b").reduce(Reducers.fromCollector(Collectors.joining("-")));
    assertEquals("a-b", r);
  }

  @Test
  void reducers_toCollectorExample() {
    long r = Stream.of(1, 2, 3).collect(Reducers.toCollector(Reducers.count()));
    assertEquals(3, r);
  }

  @Test
  void fold_classExamples() {
    List<Integer> list = List.of(3, 1, 6, 9, 12, 4);
    assertEquals(List.of(3, 6, 9, 12), Fold.from(list).filter(x -> x % 3 == 0).limit(10).toList());
  }

  @Test
  void longFold_sumExample() {
    long sum = Fold.range(0, 10_000_000).filter(i -> i % 2 == 0).map(i -> i * i).sum();
    assertEquals(
        java.util.stream.LongStream.range(0, 10_000_000)
            .filter(i -> i % 2 == 0)
            .map(i -> i * i)
            .sum(),
        sum);
  }

  @Test
  void doubleFold_sumExample() {
    double[] prices = {1.0, 2.5, 4.0};
    DoubleFold fold = Fold.from(prices);
    assertEquals(9.0, fold.map(p -> p * 1.2).sum(), 1e-12);
  }

  @Test
  void transducerFactoryExamples() {
    assertEquals(List.of(2, 4, 6), Fold.of(1, 2, 3).via(Transducers.map(x -> x * 2)).toList());
    assertEquals(
        List.of(2, 4), Fold.of(1, 2, 3, 4).via(Transducers.filter(x -> x % 2 == 0)).toList());
    assertEquals(
        List.of(1, 3), Fold.of(1, 2, 3, 4).via(Transducers.remove(x -> x % 2 == 0)).toList());
    assertEquals(List.of(1, 2), Fold.of(1, 2, 3).via(Transducers.limit(2)).toList());
    assertEquals(List.of(3), Fold.of(1, 2, 3).via(Transducers.skip(2)).toList());
    assertEquals(
        List.of(1, 2), Fold.of(1, 2, 3, 1).via(Transducers.takeWhile(x -> x < 3)).toList());
    assertEquals(
        List.of(3, 1), Fold.of(1, 2, 3, 1).via(Transducers.dropWhile(x -> x < 3)).toList());
    assertEquals(
        List.of("a", "b", "c"),
        Fold.of("a b", "c").via(Transducers.flatMap(s -> List.of(s.split(" ")))).toList());
  }

  @Test
  void explain_namesStagesStrategiesAndExecutor() {
    String plan = Fold.from(List.of(1, 2, 3)).parallel().filter(x -> x > 0).limit(10).explain();
    assertTrue(plan.contains("stage:    filter  [stateless]"), plan);
    assertTrue(plan.contains("stage:    limit(10)  [indexed]"), plan);
    assertTrue(plan.contains("fork/join"), plan);
  }
}
