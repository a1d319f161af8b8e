package dev.parafold.spark;

import static dev.parafold.spark.TestStages.filter;
import static dev.parafold.spark.TestStages.limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.ForwardingReducer;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Strategy;
import dev.parafold.source.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Folding an RDD the user already has: partition order, unknown offsets, early stop. */
final class SparkFoldsTest {
  private static JavaSparkContext sc;
  private static List<Integer> data;
  private static JavaRDD<Integer> rdd;

  @BeforeAll
  static void start() {
    sc = LocalSpark.context();
    data = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      data.add((i * 37) % 1013);
    }
    rdd = sc.parallelize(data, 7);
  }

  private static <A, R> R local(Reducer<? super Integer, A, R> r) {
    return SequentialExecutor.instance().fold(Sources.iterable(data), r, FoldOptions.defaults());
  }

  @Test
  void toList_keepsPartitionOrder() {
    assertEquals(data, SparkFolds.fold(rdd, Reducers.toList()));
  }

  @Test
  void limitAfterFilter_withUnknownOffsets_equalsSequential() {
    Reducer<Integer, ?, List<Integer>> r =
        filter((Integer x) -> x % 2 == 1).andThen(limit(2_500)).apply(Reducers.toList());
    assertEquals(local(r), SparkFolds.fold(rdd, r));
  }

  @Test
  void distinctAndGroupBy_equalSequential() {
    Reducer<Integer, ?, List<Integer>> d =
        TestStages.<Integer>distinct().apply(Reducers.<Integer>toList());
    assertEquals(local(d), SparkFolds.fold(rdd, d));
    Reducer<Integer, ?, Map<Integer, Long>> g = Reducers.countBy((Integer x) -> x % 10);
    assertEquals(local(g), SparkFolds.fold(rdd, g));
  }

  /** A pass-through stage that declares it cannot be split. */
  static final class OneChunk<T, A, R> extends ForwardingReducer<T, T, A, R> {
    private static final long serialVersionUID = 1L;

    OneChunk(Reducer<? super T, A, R> down) {
      super(down);
    }

    @Override
    public A step(A acc, T t) {
      return down.step(acc, t);
    }

    @Override
    public Strategy strategy() {
      return Strategy.SEQUENTIAL;
    }
  }

  @Test
  void sequentialStage_isFoldedInOrderOnTheDriver_andExplainSaysSo() {
    Reducer<Integer, ?, List<Integer>> r = new OneChunk<>(Reducers.<Integer>toList());
    assertEquals(data, SparkFolds.fold(rdd, r));
    assertTrue(SparkFolds.explain(rdd, r).contains("SEQUENTIAL stage"), SparkFolds.explain(rdd, r));
    String onSource =
        SparkExecutor.on(sc)
            .explain(
                SparkSources.range(0, 100),
                new OneChunk<>(Reducers.<Long>toList()),
                FoldOptions.defaults());
    assertTrue(onSource.contains("partitions: 1 "), onSource);
  }

  @Test
  void explain_describesUnknownOffsetsAndBatches() {
    String explain = SparkFolds.explain(rdd, TestStages.<Integer>limit(5).apply(Reducers.toList()));
    assertTrue(explain.contains("partitions: 7"), explain);
    assertTrue(explain.contains("init(UNKNOWN_OFFSET)"), explain);
    assertTrue(explain.contains("early stop: yes"), explain);
  }
}
