package dev.parafold.xf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.exec.SplitTreeExecutor;
import dev.parafold.fn.Cmp;
import dev.parafold.parallel.ForkJoinExecutor;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.StateBudget;
import io.vavr.Tuple;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The javadoc examples of {@link Transducers}, run sequentially and in parallel. */
final class CatalogExamplesTest {

  @Test
  void examplesGiveTheDocumentedResults() {
    for (FoldExecutor exec :
        List.of(
            SequentialExecutor.instance(), ForkJoinExecutor.shared(), new SplitTreeExecutor(3))) {
      assertEquals(
          List.of(1, 3),
          Fold.of("a", "", "abc")
              .on(exec)
              .via(Transducers.<String, Integer>keep(s -> s.isEmpty() ? null : s.length()))
              .toList());
      assertEquals(
          List.of(1, 2, 3),
          Fold.of(List.of(1, 2), List.of(3)).on(exec).via(Transducers.<Integer>cat()).toList());
      assertEquals(
          List.of("a", "B", "c"),
          Fold.of("a", "b", "c").on(exec).replace(Map.of("b", "B")).toList());
      assertEquals(List.of(1, 2, 5), Fold.of(1, 2, 5, 3).on(exec).haltWhen(x -> x > 4).toList());
      assertEquals(List.of(0, 2, 4), Fold.of(0, 1, 2, 3, 4).on(exec).takeNth(2).toList());
      assertEquals(
          List.of("0a", "1b"), Fold.of("a", "b").on(exec).mapIndexed((i, s) -> i + s).toList());
      assertEquals(
          List.of("a", "c"),
          Fold.of("a", "b", "c").on(exec).keepIndexed((i, s) -> i % 2 == 0 ? s : null).toList());
      assertEquals(
          List.of(Tuple.of("a", 0L), Tuple.of("b", 1L)),
          Fold.of("a", "b").on(exec).zipWithIndex().toList());
      assertEquals(
          Fold.range(0, 1000).boxed().randomSample(0.1, 42L).toList(),
          Fold.range(0, 1000).boxed().parallel().randomSample(0.1, 42L).toList());
      assertEquals(List.of(1, 2, 3), Fold.of(1, 2, 1, 3, 2).on(exec).distinct().toList());
      assertEquals(
          List.of("a", "bb"), Fold.of("a", "bb", "c").on(exec).distinctBy(String::length).toList());
      assertEquals(
          Map.of(false, List.of(1, 3), true, List.of(2, 4)),
          Fold.of(1, 2, 3, 4, 5, 6)
              .on(exec)
              .reduce(
                  Transducers.groupBy(
                      x -> x % 2 == 0, Transducers.<Integer>limit(2), Reducers.toList())));
      assertEquals(List.of(1, 2, 1), Fold.of(1, 1, 2, 2, 1).on(exec).dedupe().toList());
      assertEquals(
          List.of(List.of(1, 2), List.of(3, 4), List.of(5)),
          Fold.of(1, 2, 3, 4, 5).on(exec).partitionAll(2).toList());
      assertEquals(
          List.of(List.of(1, 3), List.of(2, 4), List.of(5)),
          Fold.of(1, 3, 2, 4, 5).on(exec).partitionBy(x -> x % 2).toList());
      assertEquals(
          List.of(List.of(1, 2), List.of(2, 3), List.of(3, 4)),
          Fold.of(1, 2, 3, 4).on(exec).window(2, 1).toList());
      assertEquals("a,b,c", Fold.of("a", "b", "c").on(exec).interpose(",").joining());
      assertEquals(List.of(1, 3, 6), Fold.of(1, 2, 3).on(exec).scan(0, (a, x) -> a + x).toList());
      assertArrayEquals(
          new long[] {0, 7, 14},
          Fold.range(0, 1_000_000).on(exec).filter(x -> x % 7 == 0).limit(3).toArray());
      assertArrayEquals(
          new long[] {3, 1, 2},
          Fold.from(new long[] {3, 1, 3, 2, 1}).on(exec).distinct().toArray());
    }
  }

  @Test
  void examplesOfTheBudgetedEntriesAndSorted() {
    for (FoldExecutor exec :
        List.of(
            SequentialExecutor.instance(), ForkJoinExecutor.shared(), new SplitTreeExecutor(3))) {
      assertEquals(
          List.of(1, 2, 3),
          Fold.of(1, 2, 1, 3)
              .on(exec)
              .via(Transducers.<Integer>distinct(StateBudget.entries(3)))
              .toList());
      assertEquals(
          List.of("a", "bb"),
          Fold.of("a", "bb", "c")
              .on(exec)
              .distinctBy(String::length, StateBudget.entries(2))
              .toList());
      Map<Boolean, List<Integer>> grouped =
          Fold.of(1, 2, 3, 4)
              .on(exec)
              .reduce(
                  Transducers.groupBy(
                      x -> x % 2 == 0,
                      Transducers.<Integer>limit(1),
                      Reducers.toList(),
                      StateBudget.entries(2)));
      assertEquals(Map.of(false, List.of(1), true, List.of(2)), grouped);
      assertEquals(List.of(1, 2, 3), Fold.of(3, 1, 2).on(exec).sorted().toList());
      assertEquals(
          List.of(1, 2, 3), Fold.of(3, 1, 2).on(exec).sorted(StateBudget.entries(3)).toList());
      assertEquals(
          List.of("a", "d", "bb", "cc"),
          Fold.of("bb", "a", "cc", "d")
              .on(exec)
              .sorted((x, y) -> x.length() - y.length())
              .toList());
      assertEquals(
          List.of("a", "b"),
          Fold.of("b", "a").on(exec).sorted(Cmp.natural(), StateBudget.entries(2)).toList());
      assertArrayEquals(
          new long[] {3, 1, 2},
          Fold.from(new long[] {3, 1, 3, 2}).on(exec).distinct(StateBudget.entries(3)).toArray());
    }
  }

  @Test
  void examplesOfTheFoundationEntries() {
    for (FoldExecutor exec :
        List.of(
            SequentialExecutor.instance(), ForkJoinExecutor.shared(), new SplitTreeExecutor(3))) {
      assertEquals(List.of(2, 4, 6), Fold.of(1, 2, 3).on(exec).map(x -> x * 2).toList());
      assertEquals(List.of(2, 4), Fold.of(1, 2, 3, 4).on(exec).filter(x -> x % 2 == 0).toList());
      assertEquals(List.of(1, 3), Fold.of(1, 2, 3, 4).on(exec).remove(x -> x % 2 == 0).toList());
      assertEquals(
          List.of("a", "b", "c"),
          Fold.of("a b", "c").on(exec).flatMapIterable(s -> List.of(s.split(" "))).toList());
      assertEquals(3L, Fold.of(1, 2, 3).on(exec).peek(x -> {}).count());
      assertEquals(List.of(1, 2), Fold.of(1, 2, 3).on(exec).limit(2).toList());
      assertEquals(List.of(3), Fold.of(1, 2, 3).on(exec).skip(2).toList());
      assertEquals(List.of(1, 2), Fold.of(1, 2, 3, 1).on(exec).takeWhile(x -> x < 3).toList());
      assertEquals(List.of(3, 1), Fold.of(1, 2, 3, 1).on(exec).dropWhile(x -> x < 3).toList());
      assertEquals(14L, Fold.range(0, 4).on(exec).map(x -> x * x).sum());
      assertEquals(20L, Fold.range(0, 10).on(exec).filter(x -> x % 2 == 0).sum());
      assertEquals(3L, Fold.range(0, 3).on(exec).peek(x -> {}).count());
      assertEquals(
          List.of("#0", "#1", "#2"), Fold.range(0, 3).on(exec).mapToObj(x -> "#" + x).toList());
      assertEquals(1.5, Fold.range(1, 3).on(exec).mapToDouble(x -> x / 2.0).sum());
      assertEquals(3L, Fold.of("a", "bb").on(exec).mapToLong(String::length).sum());
      assertEquals(3.0, Fold.of("a", "bb").on(exec).mapToDouble(String::length).sum());
      assertEquals(6.0, Fold.from(new double[] {1, 2}).on(exec).map(x -> x * 2).sum());
      assertEquals(5.0, Fold.from(new double[] {1, 2, 3}).on(exec).filter(x -> x > 1).sum());
      assertEquals(
          List.of("d0.5"), Fold.from(new double[] {0.5}).on(exec).mapToObj(x -> "d" + x).toList());
    }
  }
}
