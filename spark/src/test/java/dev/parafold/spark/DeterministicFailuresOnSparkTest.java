package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import dev.parafold.xf.Transducers;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fold on Spark ends as the sequential fold does, exceptions included: it returns normally when
 * an early stop to the left of a failing element makes the failure unreachable, and it throws the
 * failure of the leftmost failing partition, not whichever task happened to fail first.
 */
final class DeterministicFailuresOnSparkTest {
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    sc = LocalSpark.context();
  }

  private static Integer failOnNegative(Integer x) {
    if (x < 0) {
      throw new IllegalStateException("negative " + x);
    }
    return x;
  }

  @Test
  void failureToTheRightOfAnEarlyStop_isNotReached() {
    Reducer<Integer, ?, List<Integer>> r =
        Transducers.<Integer>takeWhile(x -> x != 0)
            .andThen(
                Transducers.<Integer, Integer>map(DeterministicFailuresOnSparkTest::failOnNegative))
            .apply(Reducers.toList());
    List<Integer> in = List.of(1, 0, -1, -2);
    assertEquals(
        List.of(1),
        SequentialExecutor.instance().fold(Sources.iterable(in), r, FoldOptions.defaults()));
    // both partitions run in the first batch; the right one throws on every attempt
    assertEquals(
        List.of(1),
        SparkExecutor.on(sc)
            .withPartitions(2)
            .fold(Sources.iterable(in), r, FoldOptions.defaults()));
    assertEquals(List.of(1), SparkFolds.fold(sc.parallelize(in, 2), r));
  }

  @Test
  void severalFailingPartitions_theLeftmostFailureWins_everyTime() {
    Reducer<Integer, ?, Long> r =
        Transducers.<Integer, Integer>map(DeterministicFailuresOnSparkTest::failOnNegative)
            .apply(Reducers.count());
    List<Integer> in = List.of(1, 2, -3, 4, 5, 6, 7, -8);
    for (int i = 0; i < 4; i++) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  SparkExecutor.on(sc)
                      .withPartitions(8)
                      .fold(Sources.iterable(in), r, FoldOptions.defaults()));
      assertEquals("negative -3", e.getMessage());
      IllegalStateException onRdd =
          assertThrows(
              IllegalStateException.class, () -> SparkFolds.fold(sc.parallelize(in, 8), r));
      assertEquals("negative -3", onRdd.getMessage());
    }
  }

  @Test
  void manyPartitions_treeMerge_keepsTheLeftmostFailure() {
    Reducer<Integer, ?, Long> r =
        Transducers.<Integer, Integer>map(DeterministicFailuresOnSparkTest::failOnNegative)
            .apply(Reducers.count());
    Integer[] in = new Integer[600];
    for (int i = 0; i < in.length; i++) {
      in[i] = i == 333 || i == 5 || i == 599 ? -i - 1 : i;
    }
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                SparkExecutor.on(sc)
                    .withPartitions(300)
                    .withTreeMerge(16, 4)
                    .fold(Sources.iterable(List.of(in)), r, FoldOptions.defaults()));
    assertEquals("negative -6", e.getMessage());
    assertTrue(e.getSuppressed()[0].getMessage().startsWith("failed on Spark: partition 2 "));
  }

  /** An exception that does not serialize. */
  static final class Unshippable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object lost = new Object();
    private final Object notSerializable = new Object();

    Unshippable(String message) {
      super(message);
    }
  }

  @Test
  void exceptionThatDoesNotSerialize_isReportedByTypeAndMessage() {
    Reducer<Integer, ?, Long> r =
        Transducers.<Integer, Integer>map(
                x -> {
                  if (x == 3) {
                    throw new Unshippable("cannot travel " + x);
                  }
                  return x;
                })
            .apply(Reducers.count());
    RemoteTaskException e =
        assertThrows(
            RemoteTaskException.class,
            () ->
                SparkExecutor.on(sc)
                    .withPartitions(4)
                    .fold(Sources.iterable(List.of(1, 2, 3, 4)), r, FoldOptions.defaults()));
    assertEquals(Unshippable.class.getName(), e.remoteType());
    assertTrue(e.getMessage().contains("cannot travel 3"), e.getMessage());
  }
}
