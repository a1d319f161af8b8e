package dev.parafold.spark;

import dev.parafold.exec.FoldExecutor;
import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.FoldRun;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Strategy;
import dev.parafold.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/*
 * Overview. A fold becomes one Spark partition per chunk:
 *
 *   Source ──parts(n)──▶ [SourcePart 0, SourcePart 1, ...]      (descriptors, or element chunks)
 *          sc.parallelize(parts, n)                              (exactly one part per partition)
 *          .mapPartitionsWithIndex(fold part with init(offset))  (on executors)
 *          ──▶ Partial(index, acc) per partition                 (task results, no accumulators)
 *          ──▶ combine in index order (driver, or a tree of ordered merges) ──▶ complete
 *
 * Before submitting, the reducer chain, the parts and an empty accumulator are serialized (see
 * SerializationCheck), so a non-serializable stage fails here, named, not as a Spark stack trace.
 * Reducers that may stop run their partitions in growing batches and stop submitting once the
 * merged prefix is done (OrderedMerge). Failures of tasks that exhausted spark.task.maxFailures
 * come back as the user's exception (SparkFailures).
 */

/**
 * A {@link FoldExecutor} that runs folds on Apache Spark: each chunk of the source is one Spark
 * partition, folded on an executor with the reducer; the partial accumulators come back keyed by
 * partition index and are merged with {@link Reducer#combine} in partition order, so results equal
 * the sequential fold's.
 *
 * <pre>{@code
 * JavaSparkContext sc = new JavaSparkContext(conf);
 * SparkExecutor spark = SparkExecutor.on(sc);
 * long evens = spark.fold(SparkSources.range(0, 1_000_000), evenCounter, FoldOptions.defaults());
 * System.out.println(spark.explain(SparkSources.range(0, 1_000_000), evenCounter, FoldOptions.defaults()));
 * }</pre>
 *
 * @implSpec
 *     <ul>
 *       <li>A {@link PartitionedSource} ships its {@link SourcePart} descriptors; executors read
 *           the data. Any other source is read on the driver and its elements ship inside the
 *           tasks, in chunks of consecutive elements.
 *       <li>Partition {@code i} is folded from {@code reducer.init(offset)}, where {@code offset}
 *           is the index of its first element (exact for sized sources; partition 0 always gets 0).
 *       <li>Partials are merged left to right by partition index; no Spark accumulators are used.
 *       <li>If {@link Reducer#mayStop()}, partitions run in index order in growing batches and no
 *           batch is submitted after the merged prefix is done.
 *       <li>The reducer, the shipped parts and an empty accumulator must serialize; otherwise
 *           {@link NotSerializableStageException} is thrown before any job starts.
 *       <li>A partition whose fold throws on every attempt Spark allows ends the fold as the
 *           sequential fold would: not at all if an early stop to its left makes it unreachable,
 *           otherwise with the failure of the leftmost such partition, rethrown as the user's
 *           exception instance (or {@link RemoteTaskException} when it cannot travel).
 *       <li>A {@link Strategy#SEQUENTIAL} reducer runs as one partition.
 *     </ul>
 *
 * @implNote The cancel handle, deadline and caller interrupts of {@link FoldOptions} cancel the
 *     fold's Spark job group; {@code maxParallelism} is left to Spark's scheduler. Spark ends a
 *     failed or cancelled job before its other running tasks have been killed, so those may run for
 *     up to one polling interval after the fold returns or throws; their results are discarded.
 * @since 0.1
 */
public final class SparkExecutor implements FoldExecutor {
  private final JavaSparkContext sc;
  private final SparkSettings settings;
  private volatile SparkJobPlan lastPlan;

  private SparkExecutor(JavaSparkContext sc, SparkSettings settings) {
    this.sc = Objects.requireNonNull(sc, "sc");
    this.settings = settings;
  }

  /** An executor that submits to {@code sc}. */
  public static SparkExecutor on(JavaSparkContext sc) {
    return new SparkExecutor(sc, SparkSettings.DEFAULTS);
  }

  /** With exactly {@code n} partitions per fold instead of the chunk policy's count. */
  public SparkExecutor withPartitions(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, was " + n);
    }
    return new SparkExecutor(sc, settings.withPartitions(n));
  }

  /**
   * With early-stop batches of {@code first} partitions, growing by {@code scaleUp} (defaults: the
   * context's default parallelism, and 4 as Spark's {@code take}).
   */
  public SparkExecutor withEarlyStopBatches(int first, int scaleUp) {
    if (first < 1 || scaleUp < 1) {
      throw new IllegalArgumentException("first and scaleUp must be >= 1");
    }
    return new SparkExecutor(sc, settings.withBatches(first, scaleUp));
  }

  /**
   * Merges partials in a tree on the executors when there are more than {@code above} partitions,
   * {@code fanIn} adjacent partitions per group (defaults 256 and 16).
   */
  public SparkExecutor withTreeMerge(int above, int fanIn) {
    if (above < 1 || fanIn < 2) {
      throw new IllegalArgumentException("above must be >= 1 and fanIn >= 2");
    }
    return new SparkExecutor(sc, settings.withTree(above, fanIn));
  }

  @Override
  public <T, A, R> R fold(Source<T> source, Reducer<? super T, A, R> reducer, FoldOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reducer, "reducer");
    Objects.requireNonNull(options, "options");
    SerializationCheck.checkReducer(reducer);
    SerializationCheck.checkAccumulator(reducer, reducer.init(0));
    FoldRun run = new FoldRun(options);
    run.watchInterruptsOf(Thread.currentThread());
    Prepared<T> prepared = prepare(source, reducer, options, true);
    SparkJobPlan plan = prepared.plan;
    lastPlan = plan;
    JavaRDD<SourcePart<T>> parts = sc.parallelize(prepared.parts, prepared.parts.size());
    JavaRDD<Partial<A>> partials =
        parts.mapPartitionsWithIndex(
            new PartitionFolds.OfParts<T, A>(reducer, PartitionFolds.maxTaskAttempts(sc)), true);
    A acc =
        OrderedMerge.run(sc, partials, plan, reducer, run, "parafold fold: " + reducer.describe());
    run.throwIfStopped();
    return reducer.complete(acc);
  }

  /**
   * What {@link #fold} would do with these arguments: partitions, what is shipped, offsets, how
   * partials merge, and whether and how the fold stops early across partitions. Reads nothing.
   */
  public String explain(Source<?> source, Reducer<?, ?, ?> reducer, FoldOptions options) {
    return prepare(source, reducer, options, false).plan.explain();
  }

  /** The explain text of the last fold, with what happened (jobs, where it stopped); or null. */
  public String lastRun() {
    SparkJobPlan p = lastPlan;
    return p == null ? null : p.explain();
  }

  @Override
  public int parallelism() {
    return sc.defaultParallelism();
  }

  /**
   * {@code false}: the reducer chain and the source are serialized to executor JVMs, so pipelines
   * must hand this executor their original classes, not per-pipeline hidden-class copies (which do
   * not serialize) nor sources wrapped around them (which would hide a {@link PartitionedSource}).
   */
  @Override
  public boolean specializes() {
    return false;
  }

  @Override
  public String describe() {
    return "spark["
        + sc.master()
        + ", "
        + sc.defaultParallelism()
        + " cores; a partition per chunk, merged in partition order]";
  }

  // ---- planning ------------------------------------------------------------------------------

  private static final class Prepared<T> {
    final SparkJobPlan plan;
    final List<SourcePart<T>> parts;

    Prepared(SparkJobPlan plan, List<SourcePart<T>> parts) {
      this.plan = plan;
      this.parts = parts;
    }
  }

  private <T> Prepared<T> prepare(
      Source<T> source, Reducer<?, ?, ?> reducer, FoldOptions options, boolean materialize) {
    int parallelism = sc.defaultParallelism();
    SparkSettings s = settings.resolveFirstBatch(parallelism);
    String note = null;
    int n;
    if (reducer.strategy() == Strategy.SEQUENTIAL) {
      n = 1;
      note = "the pipeline has a SEQUENTIAL stage, so it runs as one partition on one executor";
    } else if (s.partitions > 0) {
      n = s.partitions;
    } else {
      long size = source.size();
      if (size >= 0) {
        long leaf = options.chunks().leafSize(size, parallelism);
        n = (int) Math.min(s.maxPartitions, Math.max(1, (size + leaf - 1) / leaf));
      } else {
        n = 4 * parallelism;
      }
    }
    String master = sc.master();
    if (source instanceof PartitionedSource) {
      PartitionedSource<T> ps = (PartitionedSource<T>) source;
      List<SourcePart<T>> parts = ps.parts(n);
      if (materialize) {
        for (SourcePart<T> part : parts) {
          SerializationCheck.checkPart(part, source.describe());
        }
      }
      SparkJobPlan plan =
          new SparkJobPlan(
              master,
              source.describe(),
              "part descriptors shipped, executors read the data",
              parts.size(),
              ps.exactOffsets(),
              reducer,
              s,
              note);
      return new Prepared<>(plan, parts);
    }
    String shipping =
        "the source cannot describe its partitions, so the driver reads it and ships each chunk's"
            + " elements inside its task";
    if (!materialize) {
      long size = source.size();
      int count = size >= 0 ? (int) Math.max(1, Math.min(n, size)) : n;
      return new Prepared<>(
          new SparkJobPlan(master, source.describe(), shipping, count, true, reducer, s, note),
          null);
    }
    List<T> all = SequentialExecutor.instance().fold(source, Reducers.toList(), options);
    int count = Math.max(1, Math.min(n, all.size()));
    List<SourcePart<T>> parts = new ArrayList<>(count);
    int size = all.size();
    for (int i = 0; i < count; i++) {
      int lo = size / count * i + Math.min(i, size % count);
      int hi = size / count * (i + 1) + Math.min(i + 1, size % count);
      ElementsPart<T> part = new ElementsPart<>(all.subList(lo, hi), lo);
      if (!part.elements().isEmpty() && part.elements().get(0) != null) {
        SerializationCheck.checkElement(part.elements().get(0), source.describe());
      }
      parts.add(part);
    }
    SparkJobPlan plan =
        new SparkJobPlan(master, source.describe(), shipping, count, true, reducer, s, note);
    return new Prepared<>(plan, parts);
  }
}
