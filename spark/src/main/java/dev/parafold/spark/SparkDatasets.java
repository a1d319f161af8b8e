package dev.parafold.spark;

import dev.parafold.exec.FoldOptions;
import dev.parafold.reduce.Reducer;
import java.util.Objects;
import org.apache.spark.sql.Dataset;

/**
 * Folds a Spark SQL {@link Dataset} (a {@code Dataset<Row>} DataFrame, or a typed {@code
 * Dataset<T>}) with a parafold reducer: the Dataset's partitions, as {@link Dataset#javaRDD()}
 * gives them, are the chunks, folded on the executors and merged in partition order exactly as
 * {@link SparkFolds} folds an RDD.
 *
 * <pre>{@code
 * Dataset<Row> sales = session.read().parquet("sales");
 * Map<String, Long> cents = SparkDatasets.fold(
 *     sales, Reducers.groupBy(row -> row.getString(0), Reducers.summingLong(row -> row.getLong(1))));
 * }</pre>
 *
 * @implSpec The encounter order is the order of {@code dataset.javaRDD()}: partition by partition,
 *     which is the sorted order after {@code orderBy}/{@code sort}, and otherwise whatever order
 *     the query plan produces (as {@code collectAsList()} returns it). The elements are the
 *     Dataset's objects: {@link org.apache.spark.sql.Row}s for a DataFrame, the encoder's type
 *     otherwise. spark-sql is a {@code provided} dependency: only this class needs it.
 * @since 0.1
 */
public final class SparkDatasets {
  private SparkDatasets() {}

  /** Folds {@code dataset} with {@code reducer} and returns the completed result. */
  public static <T, A, R> R fold(Dataset<T> dataset, Reducer<? super T, A, R> reducer) {
    return fold(dataset, reducer, FoldOptions.defaults());
  }

  /** Like {@link #fold(Dataset, Reducer)}, honouring the deadline and cancel handle. */
  public static <T, A, R> R fold(
      Dataset<T> dataset, Reducer<? super T, A, R> reducer, FoldOptions options) {
    Objects.requireNonNull(dataset, "dataset");
    return SparkFolds.fold(dataset.javaRDD(), reducer, options);
  }

  /**
   * What {@link #fold} would do with {@code dataset}'s partitions. Runs no fold (planning a sorted
   * Dataset may run Spark's sampling job for its range partitioner).
   */
  public static String explain(Dataset<?> dataset, Reducer<?, ?, ?> reducer) {
    return SparkFolds.explain(dataset.javaRDD(), reducer);
  }
}
