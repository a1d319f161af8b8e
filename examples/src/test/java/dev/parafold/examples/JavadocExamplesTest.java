package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.DoubleFold;
import dev.parafold.Fold;
import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import dev.parafold.reduce.Transducer;
import dev.parafold.xf.Transducers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code <pre>{@code ...}</pre>} examples of the public javadoc, compiled and run. */
class JavadocExamplesTest {

  @Test
  void transducers_wordsExample() {
    Transducer<String, String> words =
        Transducers.<String, String>flatMap(line -> List.of(line.split("\\s+")))
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
        List.of(1, 0),
        List.copyOf(
            Fold.of(1, 2, 3, 4)
                .reduce(Reducers.groupBy(x -> x % 2, Reducers.count(), StateBudget.entries(2)))
                .keySet()));
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
