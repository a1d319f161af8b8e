package dev.parafold.reduce;

/**
 * How a transducer or reducer behaves when its input is split into chunks, ordered from the
 * cheapest to the most demanding. A composition has the strongest strategy of its stages ({@link
 * #max}). Every built-in operation implements a correct {@code combine} for its strategy, so
 * parallel results equal sequential ones; only {@link #SEQUENTIAL} stages refuse to be split.
 *
 * @since 0.1
 */
public enum Strategy {
  /** No state: map, filter. Chunks fold independently; nothing to merge. */
  STATELESS,
  /** Per-chunk state merged by a monoid: distinct's seen-sets, a reducer's sums. */
  MERGEABLE,
  /**
   * Depends on neighbouring elements: dedupe, partitionBy, window, takeWhile, dropWhile. Each chunk
   * keeps a summary of its edges; {@code combine} stitches them.
   */
  BOUNDARY,
  /**
   * Depends on element positions: limit, skip, mapIndexed, partitionAll. Uses exact offsets when
   * the source is sized, and otherwise defers the chunk's undecided prefix until {@code combine}.
   */
  INDEXED,
  /** Cannot be split: the executor runs the whole input as one chunk and explain() says so. */
  SEQUENTIAL;

  /** The stronger of two strategies. */
  public Strategy max(Strategy other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
