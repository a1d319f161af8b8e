package dev.parafold.spark;

/** Tuning of {@link SparkExecutor} and {@link SparkFolds}: partition counts and merge shapes. */
final class SparkSettings {
  static final SparkSettings DEFAULTS = new SparkSettings(0, 0, 4, 256, 16, 100_000);

  final int partitions; // 0: from the chunk policy
  final int firstBatch; // 0: the context's default parallelism
  final int scaleUp;
  final int treeAbove;
  final int fanIn;
  final int maxPartitions;

  SparkSettings(
      int partitions, int firstBatch, int scaleUp, int treeAbove, int fanIn, int maxPartitions) {
    this.partitions = partitions;
    this.firstBatch = firstBatch;
    this.scaleUp = scaleUp;
    this.treeAbove = treeAbove;
    this.fanIn = fanIn;
    this.maxPartitions = maxPartitions;
  }

  SparkSettings withPartitions(int n) {
    return new SparkSettings(n, firstBatch, scaleUp, treeAbove, fanIn, maxPartitions);
  }

  SparkSettings withBatches(int first, int scale) {
    return new SparkSettings(partitions, first, scale, treeAbove, fanIn, maxPartitions);
  }

  SparkSettings withTree(int above, int fan) {
    return new SparkSettings(partitions, firstBatch, scaleUp, above, fan, maxPartitions);
  }

  SparkSettings resolveFirstBatch(int parallelism) {
    return firstBatch > 0
        ? this
        : new SparkSettings(
            partitions, Math.max(1, parallelism), scaleUp, treeAbove, fanIn, maxPartitions);
  }
}
