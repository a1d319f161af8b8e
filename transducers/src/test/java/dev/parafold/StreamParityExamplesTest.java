package dev.parafold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.fn.Cmp;
import dev.parafold.parallel.ForkJoinExecutor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of the stream-parity API ({@code Transducers}' int, Stream-flatMap and
 * mapMulti entries, {@code Fold}'s sources, {@code Cmp}, {@code IntFold}), compiled and run with
 * the documented answers, sequentially and in parallel.
 */
final class StreamParityExamplesTest {

  @Test
  void examplesGiveTheDocumentedResults() {
    for (FoldExecutor exec :
        List.of(
            SequentialExecutor.instance(), ForkJoinExecutor.shared(), new SplitTreeExecutor(3))) {
      String on = exec.describe();
      assertEquals(
          List.of("a", "b", "c"),
          Fold.of("a b", "c").on(exec).flatMap(s -> Arrays.stream(s.split(" "))).toList(),
          on);
      assertEquals(
          List.of("a", "b", "c"),
          Fold.of("a b", "c").on(exec).flatMapIterable(s -> List.of(s.split(" "))).toList(),
          on);
      assertEquals(
          List.of(1, 10, 3, 30),
          Fold.of(1, 2, 3)
              .on(exec)
              .<Integer>mapMulti(
                  (x, sink) -> {
                    if (x != 2) {
                      sink.accept(x);
                      sink.accept(x * 10);
                    }
                  })
              .toList(),
          on);
      assertEquals(14, Fold.from(new int[] {1, 2, 3}).on(exec).map(x -> x * x).sum(), on);
      assertEquals(5, Fold.from(new int[] {1, 2, 3}).on(exec).filter(x -> x > 1).sum(), on);
      assertEquals(2L, Fold.from(new int[] {1, 2}).on(exec).peek(x -> {}).count(), on);
      assertEquals(
          List.of("a", "b"), Fold.chars("ab").on(exec).mapToObj(c -> "" + (char) c).toList(), on);
      assertEquals(
          4294967296L,
          Fold.from(new int[] {1 << 30, 1 << 30}).on(exec).mapToLong(x -> x * 2L).sum(),
          on);
      assertEquals(1.5, Fold.from(new int[] {1, 2}).on(exec).mapToDouble(x -> x / 2.0).sum(), on);
      assertEquals(3, Fold.of("a", "bb").on(exec).mapToInt(String::length).sum(), on);
      assertEquals(6, Fold.range(0, 4).on(exec).mapToInt(x -> (int) x).sum(), on);
      assertEquals(3, Fold.from(new double[] {1.5, 2.5}).on(exec).mapToInt(x -> (int) x).sum(), on);
      assertEquals(
          5L, Fold.from(new double[] {1.5, 2.5}).on(exec).mapToLong(x -> Math.round(x)).sum(), on);
      assertEquals(97 + 98 + 99, Fold.of("ab", "c").on(exec).flatMapToInt(String::chars).sum(), on);
      assertEquals(
          5L, Fold.of(2L, 3L).on(exec).flatMapToLong(x -> LongStream.range(0, x)).count(), on);
      assertEquals(
          6.0, Fold.of(1.0, 2.0).on(exec).flatMapToDouble(x -> DoubleStream.of(x, x)).sum(), on);
      assertEquals(2L, Fold.from(new double[] {1, 2}).on(exec).peek(x -> {}).count(), on);
      assertEquals(List.of(1, 2, 4, 8, 16), Fold.iterate(1, x -> x * 2).on(exec).limit(5).toList());
      assertEquals(List.of(1, 3, 9), Fold.iterate(1, x -> x < 20, x -> x * 3).on(exec).toList());
      assertEquals(List.of("x", "x", "x"), Fold.generate(() -> "x").on(exec).limit(3).toList());
      assertEquals(List.of(1, 2, 3), Fold.concat(Fold.of(1, 2), Fold.of(3)).on(exec).toList(), on);
      assertEquals(
          8, Fold.chars("parafold").on(exec).filter(Character::isLetter).map(c -> 1).sum(), on);
    }
  }

  @Test
  void newFoldsDescribeThemselves() {
    org.junit.jupiter.api.Assertions.assertTrue(
        IntFold.range(0, 3).map(x -> x).toString().startsWith("IntFold[range[0..3) | "),
        IntFold.range(0, 3).toString());
    String plan = Fold.iterate(1, x -> x + 1).parallel().limit(5).explain();
    org.junit.jupiter.api.Assertions.assertTrue(
        plan.contains("iterate (size unknown), pulled in bounded batches"), plan);
  }

  @Test
  void cmpClassExample() {
    Cmp<Map.Entry<String, Long>> byCountThenWord =
        Cmp.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey);
    List<Map.Entry<String, Long>> xs =
        new ArrayList<>(List.of(Map.entry("b", 1L), Map.entry("a", 2L), Map.entry("a", 1L)));
    xs.sort(byCountThenWord);
    assertEquals(List.of(Map.entry("a", 2L), Map.entry("a", 1L), Map.entry("b", 1L)), xs);
  }
}
