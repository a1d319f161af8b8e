package dev.parafold.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.exec.ChunkPolicy;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.xf.Transducers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The examples of README.md and of the foundation issue, checked against plain loops. */
class ReadmeExamplesTest {

  private static final Transducer<String, String> SPLIT =
      Transducers.flatMap(line -> List.of(line.split("\\s+")));
  private static final Transducer<String, String> WORDS =
      SPLIT
          .andThen(Transducers.map(String::toLowerCase))
          .andThen(Transducers.filter(w -> !w.isEmpty()));

  @Test
  void wordCount_equalsHandLoop_sequentialAndParallel() {
    List<String> lines = TextGenerator.lines(200_000, 7);
    Map<String, Long> expected = new HashMap<>();
    for (String line : lines) {
      for (String w : line.split("\\s+")) {
        if (!w.isEmpty()) {
          expected.merge(w.toLowerCase(), 1L, Long::sum);
        }
      }
    }
    assertEquals(
        expected,
        Fold.from(lines)
            .parallel()
            .flatMap(line -> java.util.Arrays.stream(line.split("\\s+")))
            .map(String::toLowerCase)
            .filter(w -> !w.isEmpty())
            .countBy(java.util.function.Function.identity()));
    assertEquals(expected, Fold.from(lines).via(WORDS).reduce(Reducers.countBy(w -> w)));
    assertEquals(expected, Fold.from(lines).parallel().via(WORDS).reduce(Reducers.countBy(w -> w)));
    assertEquals(expected, WordCount.parafold(lines, true));
    assertEquals(expected, WordCount.streams(lines, true));
  }

  @Test
  void firstTenMultiplesOfThree() {
    List<Integer> list = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    List<Integer> expected = new ArrayList<>();
    for (int x : list) {
      if (x % 3 == 0 && expected.size() < 10) {
        expected.add(x);
      }
    }
    assertEquals(expected, Fold.from(list).filter(x -> x % 3 == 0).limit(10).toList());
    assertEquals(expected, Fold.from(list).parallel().filter(x -> x % 3 == 0).limit(10).toList());
    assertEquals(
        expected,
        Fold.from(list)
            .parallel()
            .chunks(ChunkPolicy.fixed(7))
            .filter(x -> x % 3 == 0)
            .limit(10)
            .toList());
  }

  @Test
  void sumOfSquaresOfEvens() {
    long expected = 0;
    for (long i = 0; i < 10_000_000; i++) {
      if (i % 2 == 0) {
        expected += i * i;
      }
    }
    assertEquals(expected, Fold.range(0, 10_000_000).filter(i -> i % 2 == 0).map(i -> i * i).sum());
    assertEquals(
        expected,
        Fold.range(0, 10_000_000).parallel().filter(i -> i % 2 == 0).map(i -> i * i).sum());
  }

  @Test
  void groupByCountOfPositives_onOwnPool() {
    SplittableRandom random = new SplittableRandom(3);
    Integer[] array = new Integer[100_000];
    long positives = 0;
    for (int i = 0; i < array.length; i++) {
      array[i] = random.nextInt(-1000, 1000);
      if (array[i] > 0) {
        positives++;
      }
    }
    Map<Boolean, Long> expected = Map.of(true, positives, false, array.length - positives);
    assertEquals(
        expected,
        Fold.from(array).parallel().reduce(Reducers.groupBy(x -> x > 0, Reducers.count())));
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      assertEquals(
          expected,
          Fold.from(array).on(pool).reduce(Reducers.groupBy(x -> x > 0, Reducers.count())));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void topWords_areOrderedByCountThenWord() {
    Map<String, Long> counts = Map.of("a", 3L, "b", 5L, "c", 3L, "d", 1L);
    List<Map.Entry<String, Long>> top = WordCount.top(counts, 3);
    assertEquals(List.of(Map.entry("b", 5L), Map.entry("a", 3L), Map.entry("c", 3L)), top);
  }
}
