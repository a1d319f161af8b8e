package dev.parafold.spark;

import dev.parafold.source.Source;
import java.io.Serializable;
import java.util.List;

/**
 * A source that can describe its own partitions for a cluster: {@link SparkExecutor} ships the
 * {@link SourcePart} descriptors, not the elements. It is also an ordinary {@link Source}, so the
 * same value folds locally with any other executor.
 *
 * @implSpec {@link #parts(int)} returns at most {@code n} parts (at least one, possibly empty) in
 *     encounter order; every element is in exactly one part; the first part has offset {@code 0}.
 * @param <T> element type
 * @since 0.1
 */
public interface PartitionedSource<T> extends Source<T>, Serializable {

  /** Splits this source into at most {@code n >= 1} parts, in encounter order. */
  List<SourcePart<T>> parts(int n);

  /** Whether {@link SourcePart#offset()} is exact for every part (not just the first). */
  boolean exactOffsets();
}
