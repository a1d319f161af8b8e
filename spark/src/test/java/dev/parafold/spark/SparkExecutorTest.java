package dev.parafold.spark;

import static dev.parafold.spark.TestStages.distinct;
import static dev.parafold.spark.TestStages.filter;
import static dev.parafold.spark.TestStages.limit;
import static dev.parafold.spark.TestStages.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldTimeoutException;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Folds on {@code local[2,4]} equal the sequential fold; early stop, retries, failures. */
final class SparkExecutorTest {
  private static JavaSparkContext sc;
  private static SparkExecutor spark;

  @BeforeAll
  static void start() {
    sc = LocalSpark.context();
    spark = SparkExecutor.on(sc);
  }

  private static <T, A, R> R local(Source<T> source, Reducer<? super T, A, R> r) {
    return SequentialExecutor.instance().fold(source, r, FoldOptions.defaults());
  }

  private static <T, A, R> R onSpark(Source<T> source, Reducer<? super T, A, R> r) {
    return spark.fold(source, r, FoldOptions.defaults());
  }

  @Test
  void orderedToList_equalsSequential() {
    Reducer<Long, ?, List<Long>> r =
        map((Long x) -> x * 3).andThen(filter((Long x) -> x % 2 == 0)).apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 100_000);
    List<Long> expected = local(source, r);
    assertEquals(expected, onSpark(source, r));
    assertEquals(50_000, expected.size());
    assertTrue(spark.lastRun().contains("partitions: 8"), spark.lastRun());
  }

  @Test
  void shippedElements_forASourceThatCannotDescribePartitions() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      words.add("w" + (i * 7919 % 113));
    }
    Reducer<String, ?, List<String>> r =
        TestStages.<String>distinct().apply(Reducers.<String>toList());
    List<String> expected = local(Sources.iterable(words), r);
    assertEquals(expected, onSpark(Sources.iterable(words), r));
    assertEquals(113, expected.size());
    assertTrue(spark.lastRun().contains("ships each chunk's elements"), spark.lastRun());
  }

  @Test
  void limit_stopsSubmittingPartitionsOnceTheMergedPrefixIsDone() {
    Reducer<Long, ?, List<Long>> r =
        filter((Long x) -> x % 3 == 0).andThen(limit(10)).apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 1_000_000);
    List<Long> expected = local(source, r);
    assertEquals(expected, onSpark(source, r));
    String run = spark.lastRun();
    assertTrue(run.contains("jobs of [2] partitions"), run);
    assertTrue(run.contains("merged prefix done after 2 of 8 partitions"), run);
  }

  @Test
  void limit_thatSpansPartitions_runsGrowingBatches() {
    Reducer<Long, ?, List<Long>> r = TestStages.<Long>limit(300_000).apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 1_000_000);
    assertEquals(local(source, r), onSpark(source, r));
    assertTrue(spark.lastRun().contains("jobs of [2, 6] partitions"), spark.lastRun());
  }

  @Test
  void first_findsAnElementInALatePartition() {
    Reducer<Long, ?, Optional<Long>> r =
        filter((Long x) -> x > 900_000).apply(Reducers.<Long>first());
    Source<Long> source = SparkSources.range(0, 1_000_000);
    assertEquals(Optional.of(900_001L), onSpark(source, r));
    assertEquals(local(source, r), onSpark(source, r));
  }

  @Test
  void distinct_mergesSeenSetsInOrder() {
    Reducer<Long, ?, List<Long>> r =
        map((Long x) -> (x * 31) % 1009).andThen(distinct()).apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 50_000);
    assertEquals(local(source, r), onSpark(source, r));
  }

  @Test
  void groupBy_keepsKeysAndGroupsInEncounterOrder() {
    Reducer<Long, ?, Map<Long, List<Long>>> r = Reducers.groupBy((Long x) -> x % 7);
    Source<Long> source = SparkSources.range(0, 20_000);
    Map<Long, List<Long>> expected = local(source, r);
    Map<Long, List<Long>> actual = onSpark(source, r);
    assertEquals(expected, actual);
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
  }

  @Test
  void count_cannotStopEarly_andExplainSaysSo() {
    Reducer<Long, ?, Long> r = filter((Long x) -> x % 5 != 0).apply(Reducers.count());
    Source<Long> source = SparkSources.range(0, 1_000_000);
    assertEquals(800_000L, onSpark(source, r));
    assertEquals(local(source, r), onSpark(source, r));
    String explain = spark.explain(source, r, FoldOptions.defaults());
    assertTrue(explain.contains("early stop: none across partitions"), explain);
    assertTrue(explain.contains("mayStop() is false"), explain);
  }

  @Test
  void manyPartitions_mergeInAnOrderedTree() {
    SparkExecutor tree = spark.withPartitions(20).withTreeMerge(4, 3);
    Reducer<Long, ?, List<Long>> r = map((Long x) -> x + 1).apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 5_000);
    assertEquals(local(source, r), tree.fold(source, r, FoldOptions.defaults()));
    assertTrue(tree.lastRun().contains("tree levels [7, 3]"), tree.lastRun());
  }

  @Test
  void neverTakesSpecializedClassCopies() {
    assertFalse(spark.specializes(), "hidden-class copies of stages cannot be serialized");
    assertTrue(spark.describe().startsWith("spark[local[2,4], 2 cores"), spark.describe());
  }

  @Test
  void fixedChunkPolicy_setsThePartitionCount() {
    String explain =
        spark.explain(
            SparkSources.range(0, 10_000),
            Reducers.count(),
            FoldOptions.defaults().chunks(dev.parafold.exec.ChunkPolicy.fixed(1000)));
    assertTrue(explain.contains("partitions: 10 "), explain);
  }

  @Test
  void emptySource_givesTheEmptyResult() {
    Reducer<Long, ?, List<Long>> r = Reducers.toList();
    assertEquals(List.of(), onSpark(SparkSources.range(5, 5), r));
    assertEquals(0L, onSpark(Sources.iterable(List.<Long>of()), Reducers.count()));
  }

  @Test
  void failureOnFirstAttempt_isRetried_andTheResultIsCorrect() {
    Reducer<Long, ?, List<Long>> r =
        map((Long x) -> {
              TaskContext ctx = TaskContext.get();
              if (x == 250_001L && ctx.attemptNumber() == 0) {
                throw new IllegalStateException("injected failure on attempt 0");
              }
              return x;
            })
            .apply(Reducers.toList());
    Source<Long> source = SparkSources.range(0, 400_000);
    AtomicInteger failedAttempts = new AtomicInteger();
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onTaskEnd(SparkListenerTaskEnd end) {
            if (!end.taskInfo().successful()) {
              failedAttempts.incrementAndGet();
            }
          }
        };
    sc.sc().addSparkListener(listener);
    try {
      assertEquals(local(SparkSources.range(0, 400_000), Reducers.toList()), onSpark(source, r));
      long deadline = System.nanoTime() + 10_000_000_000L; // listener events are asynchronous
      while (failedAttempts.get() == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(1, failedAttempts.get(), "exactly one attempt failed and was retried");
    } finally {
      sc.sc().removeSparkListener(listener);
    }
  }

  @Test
  void userExceptionThatExhaustsRetries_surfacesWithItsTypeAndMessage() {
    Reducer<Long, ?, Long> r =
        map((Long x) -> {
              if (x == 4242L) {
                throw new BoomException("boom at " + x);
              }
              return x;
            })
            .apply(Reducers.count());
    BoomException e =
        assertThrows(BoomException.class, () -> onSpark(SparkSources.range(0, 10_000), r));
    assertEquals("boom at 4242", e.getMessage());
    assertTrue(
        e.getSuppressed().length > 0
            && e.getSuppressed()[0].getMessage().contains("last allowed attempt (attempt 4 of 4)"),
        "a note says it failed on Spark on the last of 4 attempts");
  }

  @Test
  void timeout_cancelsTheSparkJob() {
    Reducer<Long, ?, Long> r =
        map((Long x) -> {
              try {
                Thread.sleep(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return x;
            })
            .apply(Reducers.count());
    long t0 = System.nanoTime();
    assertThrows(
        FoldTimeoutException.class,
        () ->
            spark.fold(
                SparkSources.range(0, 100_000),
                r,
                FoldOptions.defaults().timeout(Duration.ofMillis(500))));
    assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "returns soon after the deadline");
    assertEquals(4L, onSpark(SparkSources.range(0, 4), Reducers.count()), "context still usable");
    assertFalse(sc.sc().isStopped());
  }

  /** A user exception type, to check that the type survives. */
  static final class BoomException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BoomException(String message) {
      super(message);
    }
  }
}
