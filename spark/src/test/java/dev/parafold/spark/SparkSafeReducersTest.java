package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parafold.Fold;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.LongSummaryStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Built-in reducers whose accumulators or comparators were not serializable now run on Spark and
 * equal the local fold.
 */
final class SparkSafeReducersTest {
  private static SparkExecutor spark;

  @BeforeAll
  static void start() {
    spark = SparkExecutor.on(LocalSpark.context());
  }

  private static Fold<Long> base() {
    return Fold.from(SparkSources.range(0, 200_000)).map(x -> x * 7919 % 200_003 - 100_000);
  }

  @Test
  void statistics_runOnSpark_andEqualTheLocalFold() {
    LongSummaryStatistics localLong =
        base().on(SequentialExecutor.instance()).mapToLong(x -> x).summaryStatistics();
    LongSummaryStatistics sparkLong = base().on(spark).mapToLong(x -> x).summaryStatistics();
    assertEquals(200_000, sparkLong.getCount());
    assertEquals(localLong.toString(), sparkLong.toString());
    assertEquals(localLong.getSum(), sparkLong.getSum());
    assertEquals(localLong.getMin(), sparkLong.getMin());
    assertEquals(localLong.getMax(), sparkLong.getMax());

    // quarters of integers: every partial sum is exact, so any split gives the same bits
    DoubleSummaryStatistics localDouble =
        base().on(SequentialExecutor.instance()).mapToDouble(x -> x * 0.25).summaryStatistics();
    DoubleSummaryStatistics sparkDouble =
        base().on(spark).mapToDouble(x -> x * 0.25).summaryStatistics();
    assertEquals(200_000, sparkDouble.getCount());
    assertEquals(localDouble.toString(), sparkDouble.toString());
    assertEquals(
        Double.doubleToLongBits(localDouble.getSum()),
        Double.doubleToLongBits(sparkDouble.getSum()));
    assertEquals(localDouble.getMin(), sparkDouble.getMin());
    assertEquals(localDouble.getMax(), sparkDouble.getMax());

    Reducer<Long, ?, java.util.OptionalDouble> avg = Reducers.averaging((Long x) -> x * 0.5);
    assertEquals(
        base().on(SequentialExecutor.instance()).reduce(avg), base().on(spark).reduce(avg));
  }

  @Test
  void lambdaComparators_runOnSpark_andEqualTheLocalFold() {
    // by last digit, then by value: ties and order both matter
    Fold<Long> local = base().on(SequentialExecutor.instance());
    Fold<Long> onSpark = base().on(spark);
    assertEquals(
        local.reduce(Reducers.min((Long a, Long b) -> Long.compare(a % 10, b % 10))),
        onSpark.reduce(Reducers.min((Long a, Long b) -> Long.compare(a % 10, b % 10))));
    assertEquals(
        local.reduce(Reducers.max((Long a, Long b) -> Long.compare(a % 10, b % 10))),
        onSpark.reduce(Reducers.max((Long a, Long b) -> Long.compare(a % 10, b % 10))));
    assertEquals(
        local.reduce(Reducers.topK(25, (Long a, Long b) -> Long.compare(a % 1000, b % 1000))),
        onSpark.reduce(Reducers.topK(25, (Long a, Long b) -> Long.compare(a % 1000, b % 1000))));
    assertEquals(
        local.min((a, b) -> Long.compare(b, a)), onSpark.min((a, b) -> Long.compare(b, a)));
    assertEquals(local.max(Long::compare), onSpark.max(Long::compare));
    List<Long> top = onSpark.reduce(Reducers.topK(3, Long::compare));
    assertEquals(local.reduce(Reducers.topK(3, Long::compare)), top);
    assertEquals(3, top.size());
  }
}
