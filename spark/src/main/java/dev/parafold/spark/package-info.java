/**
 * Runs parafold folds on Apache Spark. {@link dev.parafold.spark.SparkExecutor} is a {@code
 * FoldExecutor}: each chunk is a Spark partition folded on an executor, partials merge with the
 * reducer's {@code combine} in partition order, reducers that may stop run in growing batches of
 * partitions. {@link dev.parafold.spark.SparkFolds} folds an existing {@code JavaRDD}. {@link
 * dev.parafold.spark.SparkSources} has sources that ship descriptors (ranges, byte ranges of a
 * shared file) instead of data.
 *
 * <p>Parallel semantics: results equal the sequential fold's for every lawful reducer (associative
 * {@code combine}); encounter order is the partition order; no Spark accumulators are used, so
 * retried or speculative tasks never count twice. Everything shipped must be serializable, and is
 * checked before a job is submitted.
 */
package dev.parafold.spark;
