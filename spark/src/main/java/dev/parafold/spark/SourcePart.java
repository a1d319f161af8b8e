package dev.parafold.spark;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import java.io.Serializable;

/**
 * One partition of a {@link PartitionedSource}: a small serializable descriptor (a range, a byte
 * range of a file) that is shipped to a Spark executor and opened there, so the data never flows
 * through the driver.
 *
 * @param <T> element type
 * @since 0.1
 */
public interface SourcePart<T> extends Serializable {

  /**
   * The position of this part's first element in the whole input, or {@link
   * Reducer#UNKNOWN_OFFSET}. The first part always has offset {@code 0}.
   */
  long offset();

  /** The number of elements in this part, or {@code -1} if unknown. */
  long size();

  /** Opens this part on the executor as a local source. */
  Source<T> open();

  /** A short description for explain output, e.g. {@code "range[0..250)"}. */
  String describe();
}
