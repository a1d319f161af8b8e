package dev.parafold.spark;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * How one fold runs on Spark, decided before anything is submitted; {@link #explain()} is the text
 * that {@link SparkExecutor#explain} and {@link SparkFolds#explain} return. After a run it also
 * records what happened (batches submitted, where the merged prefix became done).
 */
final class SparkJobPlan {
  enum Mode {
    BATCHES,
    ONE_JOB,
    TREE
  }

  final String master;
  final String source;
  final String shipping;
  final int partitions;
  final boolean exactOffsets;
  final String reducer;
  final Strategy strategy;
  final Mode mode;
  final int firstBatch;
  final int scaleUp;
  final int treeAbove;
  final int fanIn;
  final String note;
  private final List<Integer> batches = new ArrayList<>();
  private final List<Integer> treeLevels = new ArrayList<>();
  private int stoppedAfter = -1;
  private long mergedOnDriver;
  private long driverMergeNanos;

  SparkJobPlan(
      String master,
      String source,
      String shipping,
      int partitions,
      boolean exactOffsets,
      Reducer<?, ?, ?> r,
      SparkSettings s,
      String note) {
    this.master = master;
    this.source = source;
    this.shipping = shipping;
    this.partitions = partitions;
    this.exactOffsets = exactOffsets;
    this.reducer = r.describe();
    this.strategy = r.strategy();
    this.firstBatch = s.firstBatch;
    this.scaleUp = s.scaleUp;
    this.treeAbove = s.treeAbove;
    this.fanIn = s.fanIn;
    this.note = note;
    if (r.mayStop() && partitions > 1) {
      mode = Mode.BATCHES;
    } else if (partitions > s.treeAbove) {
      mode = Mode.TREE;
    } else {
      mode = Mode.ONE_JOB;
    }
  }

  synchronized void recordBatch(int size) {
    batches.add(size);
  }

  synchronized void recordTreeLevel(int groups) {
    treeLevels.add(groups);
  }

  /** {@code partials} partial results combined on the driver, taking {@code nanos}. */
  synchronized void recordDriverMerge(int partials, long nanos) {
    mergedOnDriver += partials;
    driverMergeNanos += nanos;
  }

  synchronized void recordStop(int partitionsRun) {
    stoppedAfter = partitionsRun;
  }

  /** Sizes of the jobs submitted so far (partitions per job). */
  synchronized List<Integer> batches() {
    return List.copyOf(batches);
  }

  /** Partitions run before the merged prefix was done, or -1. */
  synchronized int stoppedAfter() {
    return stoppedAfter;
  }

  String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("spark[").append(master).append("]\n");
    sb.append("  source: ").append(source).append('\n');
    sb.append("  partitions: ")
        .append(partitions)
        .append(" (one Spark partition per chunk; ")
        .append(shipping)
        .append(")\n");
    sb.append("  offsets: ")
        .append(
            exactOffsets
                ? "exact: each partition's reducer starts with init(offset of its first element)"
                : "partition 0 gets init(0), the others init(UNKNOWN_OFFSET): position-dependent"
                    + " stages defer their undecided prefix to combine")
        .append('\n');
    sb.append("  fold: each partition folded on an executor with '")
        .append(reducer)
        .append("' (strategy ")
        .append(strategy)
        .append(")\n");
    sb.append("  merge: ");
    switch (mode) {
      case BATCHES:
        sb.append("partials keyed by partition index, combined left to right on the driver\n");
        sb.append(
                "  early stop: yes, across partitions: partitions run in index order in batches of ")
            .append(firstBatch)
            .append(", then x")
            .append(scaleUp)
            .append(" (like RDD.take); after each batch the merged prefix is checked with isDone")
            .append(" and no later batch is submitted once it is done. Inside a running batch a")
            .append(" partition stops at its own isDone but cannot see its left neighbours.\n");
        break;
      case TREE:
        sb.append("tree of ordered merges on executors (groups of ")
            .append(fanIn)
            .append(" adjacent partitions per level, sorted by index) down to ")
            .append(treeAbove)
            .append(" partials, then combined left to right on the driver\n");
        sb.append(noEarlyStop());
        break;
      default:
        sb.append(
            "one job over all partitions; partials keyed by partition index, sorted and combined"
                + " left to right on the driver\n");
        sb.append(noEarlyStop());
    }
    if (note != null) {
      sb.append("  note: ").append(note).append('\n');
    }
    synchronized (this) {
      if (!batches.isEmpty()) {
        sb.append("  last run: jobs of ").append(batches).append(" partitions");
        if (!treeLevels.isEmpty()) {
          sb.append(", tree levels ").append(treeLevels);
        }
        if (stoppedAfter >= 0) {
          sb.append(", merged prefix done after ")
              .append(stoppedAfter)
              .append(" of ")
              .append(partitions)
              .append(" partitions");
        }
        sb.append(
            String.format(
                "; the driver combined %d partials in %.3f ms",
                mergedOnDriver, driverMergeNanos / 1e6));
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private String noEarlyStop() {
    if (partitions <= 1) {
      return "  early stop: within the single partition only (isDone is checked after each step)\n";
    }
    return "  early stop: none across partitions: '"
        + reducer
        + "' cannot stop early (mayStop() is false), so every partition is folded to its end"
        + " in one job\n";
  }
}
