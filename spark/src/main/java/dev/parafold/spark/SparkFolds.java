package dev.parafold.spark;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Folds an RDD the user already has with a parafold reducer (a terminal reducer, or a transducer
 * applied to one): each Spark partition is one chunk, partials merge with {@link Reducer#combine}
 * in partition order, so the result is the sequential fold of the RDD's elements in partition
 * order.
 *
 * <pre>{@code
 * JavaRDD<String> lines = sc.textFile("words.txt");
 * Map<String, Long> counts = SparkFolds.fold(lines, Reducers.countBy(w -> w));
 * }</pre>
 *
 * @implSpec Partition 0 starts from {@code init(0)}, the others from {@code init(UNKNOWN_OFFSET)}:
 *     an RDD does not know how many elements precede a partition without computing them, so
 *     position-dependent stages defer their prefix to {@code combine}. Early stop, serializability
 *     checks and failure unwrapping are as in {@link SparkExecutor}.
 * @since 0.1
 */
public final class SparkFolds {
  private SparkFolds() {}

  /** Folds {@code rdd} with {@code reducer} and returns the completed result. */
  public static <T, A, R> R fold(JavaRDD<T> rdd, Reducer<? super T, A, R> reducer) {
    return fold(rdd, reducer, FoldOptions.defaults());
  }

  /** Like {@link #fold(JavaRDD, Reducer)}, honouring the deadline and cancel handle. */
  public static <T, A, R> R fold(
      JavaRDD<T> rdd, Reducer<? super T, A, R> reducer, FoldOptions options) {
    Objects.requireNonNull(rdd, "rdd");
    Objects.requireNonNull(reducer, "reducer");
    SerializationCheck.checkReducer(reducer);
    SerializationCheck.checkAccumulator(reducer, reducer.init(0));
    FoldRun run = new FoldRun(options);
    run.watchInterruptsOf(Thread.currentThread());
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(rdd.context());
    SparkJobPlan plan = plan(rdd, reducer, sc);
    if (plan.partitions == 0) {
      return reducer.complete(reducer.init(0));
    }
    if (reducer.strategy() == Strategy.SEQUENTIAL) {
      return reducer.complete(
          OrderedMerge.await(
              sc, "parafold sequential fold of an RDD", () -> foldOnDriver(rdd, reducer), run));
    }
    JavaRDD<Partial<A>> partials =
        rdd.mapPartitionsWithIndex(
            new PartitionFolds.OfElements<T, A>(reducer, PartitionFolds.maxTaskAttempts(sc)), true);
    A acc = OrderedMerge.run(sc, partials, plan, reducer, run, "parafold fold of an RDD");
    run.throwIfStopped();
    return reducer.complete(acc);
  }

  private static <T, A> A foldOnDriver(JavaRDD<T> rdd, Reducer<? super T, A, ?> r) {
    A acc = r.init(0);
    boolean check = r.mayStop();
    Reducer<?, A, ?> done = r.doneCheck();
    Iterator<T> it = rdd.toLocalIterator();
    while (it.hasNext()) {
      acc = r.step(acc, it.next());
      if (check && done.isDone(acc)) {
        break;
      }
    }
    return acc;
  }

  /** What {@link #fold} would do: partitions, offsets, merge, early stop. Computes nothing. */
  public static String explain(JavaRDD<?> rdd, Reducer<?, ?, ?> reducer) {
    return plan(rdd, reducer, JavaSparkContext.fromSparkContext(rdd.context())).explain();
  }

  private static SparkJobPlan plan(JavaRDD<?> rdd, Reducer<?, ?, ?> reducer, JavaSparkContext sc) {
    return new SparkJobPlan(
        sc.master(),
        "RDD " + rdd.rdd().toDebugString().split("\n")[0].trim(),
        "the RDD's own partitions, computed where Spark places them",
        rdd.getNumPartitions(),
        false,
        reducer,
        SparkSettings.DEFAULTS.resolveFirstBatch(sc.defaultParallelism()),
        reducer.strategy() == Strategy.SEQUENTIAL
            ? "the pipeline has a SEQUENTIAL stage: the partitions are streamed to the driver in"
                + " order (toLocalIterator, one job per partition) and folded there as one chunk;"
                + " the merge and early-stop lines above do not apply"
            : null);
  }
}
