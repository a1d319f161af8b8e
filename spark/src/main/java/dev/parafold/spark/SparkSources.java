package dev.parafold.spark;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Sources that describe their own partitions, so {@link SparkExecutor} ships small descriptors and
 * executors read the data. Each is also an ordinary source that folds locally with any executor.
 *
 * @since 0.1
 */
public final class SparkSources {
  private SparkSources() {}

  /**
   * The {@code long}s in {@code [from, to)}, partitioned into index ranges with exact offsets.
   *
   * <pre>{@code
   * long n = SparkExecutor.on(sc).fold(SparkSources.range(0, 1_000), Reducers.count(), FoldOptions.defaults());
   * }</pre>
   */
  public static PartitionedSource<Long> range(long from, long to) {
    return new RangeSource(from, to);
  }

  /**
   * The lines of a UTF-8 text file that every executor can read at the same path (a shared
   * filesystem), partitioned by byte ranges; a line belongs to the range holding its first byte.
   * Line offsets of partitions after the first are unknown.
   *
   * <pre>{@code
   * Map<String, Long> counts = spark.fold(SparkSources.lines(path), wordCount, FoldOptions.defaults());
   * }</pre>
   */
  public static PartitionedSource<String> lines(Path file) {
    return new TextLinesSource(Objects.requireNonNull(file, "file"), 1);
  }
}
