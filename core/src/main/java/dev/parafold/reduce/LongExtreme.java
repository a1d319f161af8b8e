package dev.parafold.reduce;

import java.io.Serializable;
import java.util.OptionalLong;

/**
 * {@code minLong()} and {@code maxLong()}: the least or greatest {@code long}, if any. The cell
 * says whether any element was seen; once one was, the running extreme is the whole state, so
 * source loops fold the rest with {@code stepScalar}, the extreme in a local.
 */
abstract class LongExtreme extends MergingReducer<Long, LongExtreme.Cell, OptionalLong>
    implements LongReducer<LongExtreme.Cell, OptionalLong> {
  private static final long serialVersionUID = 1L;

  LongExtreme(String name, boolean min) {
    super(name, Cell::new, min ? LongExtreme::mergeMin : LongExtreme::mergeMax, Cell::result);
  }

  /** The extreme seen so far, if any. Serializable: Spark ships partial accumulators. */
  static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    boolean seen;
    long value;

    OptionalLong result() {
      return seen ? OptionalLong.of(value) : OptionalLong.empty();
    }
  }

  private static Cell mergeMin(Cell left, Cell right) {
    if (!right.seen) {
      return left;
    }
    if (!left.seen) {
      return right;
    }
    left.value = Math.min(left.value, right.value);
    return left;
  }

  private static Cell mergeMax(Cell left, Cell right) {
    if (!right.seen) {
      return left;
    }
    if (!left.seen) {
      return right;
    }
    left.value = Math.max(left.value, right.value);
    return left;
  }

  @Override
  public final Cell stepLong(Cell acc, long x) {
    acc.value = acc.seen ? stepScalar(acc.value, x) : x;
    acc.seen = true;
    return acc;
  }

  @Override
  public final Cell step(Cell acc, Long x) {
    return stepLong(acc, x);
  }

  /** Ready after the first element: before it there is no extreme to hold. */
  @Override
  public final boolean scalarReady(Cell acc) {
    return acc.seen;
  }

  @Override
  public final long loadScalar(Cell acc) {
    return acc.value;
  }

  @Override
  public final Cell storeScalar(Cell acc, long s) {
    acc.value = s;
    return acc;
  }

  // ---- the two extremes ------------------------------------------------------------------------

  /** The least {@code long}. */
  static final class Min extends LongExtreme {
    private static final long serialVersionUID = 1L;

    Min() {
      super("min", true);
    }

    @Override
    public long stepScalar(long s, long x) {
      return Math.min(s, x);
    }
  }

  /** The greatest {@code long}. */
  static final class Max extends LongExtreme {
    private static final long serialVersionUID = 1L;

    Max() {
      super("max", false);
    }

    @Override
    public long stepScalar(long s, long x) {
      return Math.max(s, x);
    }
  }
}
