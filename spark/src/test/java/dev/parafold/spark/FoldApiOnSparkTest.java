package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.exec.SequentialExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fluent API and the real transducer catalog, on Spark, equal the sequential fold. */
final class FoldApiOnSparkTest {
  private static SparkExecutor spark;

  @BeforeAll
  static void start() {
    spark = SparkExecutor.on(LocalSpark.context());
  }

  @Test
  void catalogPipelines_equalSequential() {
    Fold<Long> base = Fold.from(SparkSources.range(0, 200_000));
    Fold<Long> local = base.on(SequentialExecutor.instance());
    Fold<Long> onSpark = base.on(spark);
    assertEquals(
        local.map(x -> x * 3).filter(x -> x % 2 == 0).toList(),
        onSpark.map(x -> x * 3).filter(x -> x % 2 == 0).toList());
    assertEquals(
        local.filter(x -> x % 7 == 3).limit(25).toList(),
        onSpark.filter(x -> x % 7 == 3).limit(25).toList());
    System.out.println(spark.lastRun());
    assertEquals(
        local.skip(150_000).takeWhile(x -> x < 180_000).count(),
        onSpark.skip(150_000).takeWhile(x -> x < 180_000).count());
    assertEquals(
        local.dropWhile(x -> x < 100_000).limit(10).toList(),
        onSpark.dropWhile(x -> x < 100_000).limit(10).toList());
    Optional<Long> first = onSpark.filter(x -> x > 190_000).findFirst();
    assertEquals(local.filter(x -> x > 190_000).findFirst(), first);
    Map<Long, Long> counts = onSpark.toMap(x -> x, x -> x % 3);
    assertEquals(local.toMap(x -> x, x -> x % 3), counts);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      words.add("w" + (i * 31 % 97) + " v" + (i % 13));
    }
    assertEquals(
        Fold.from(words).flatMapIterable(l -> List.of(l.split(" "))).limit(777).toList(),
        Fold.from(words).on(spark).flatMapIterable(l -> List.of(l.split(" "))).limit(777).toList());
  }

  @Test
  void sortedAndStateBudgets_onSpark() {
    Fold<Long> base = Fold.from(SparkSources.range(0, 50_000)).map(x -> x * 7919 % 50_021);
    dev.parafold.fn.Cmp<Long> byLastDigit = (a, b) -> Long.compare(a % 10, b % 10);
    assertEquals(
        base.on(SequentialExecutor.instance()).sorted(byLastDigit).limit(1000).toList(),
        base.on(spark).sorted(byLastDigit).limit(1000).toList());
    assertEquals(
        base.on(SequentialExecutor.instance()).sorted().toList(),
        base.on(spark).sorted(dev.parafold.reduce.StateBudget.entries(50_000)).toList());
    dev.parafold.reduce.StateBudgetExceededException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.parafold.reduce.StateBudgetExceededException.class,
            () -> base.on(spark).distinct(dev.parafold.reduce.StateBudget.entries(49_999)).count());
    assertEquals("distinct", e.operation());
  }
}
