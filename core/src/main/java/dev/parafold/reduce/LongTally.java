package dev.parafold.reduce;

import dev.parafold.fn.ToLong;
import dev.parafold.reduce.Cells.LongCell;

/**
 * Counting and {@code long} sums: a running {@code long} in a mutable cell, merged by addition. The
 * four catalog reducers differ only in what one element adds, so each subclass holds its {@code
 * step} alone; the unboxed ones are {@link LongReducer}s that sources of {@code long}s feed without
 * boxing.
 *
 * @param <T> element type
 */
abstract class LongTally<T> extends MergingReducer<T, LongCell, Long> {
  private static final long serialVersionUID = 1L;

  LongTally(String name) {
    super(name, () -> new LongCell(0), LongTally::add, cell -> cell.value);
  }

  private static LongCell add(LongCell left, LongCell right) {
    left.value += right.value;
    return left;
  }

  // ---- the four tallies ----------------------------------------------------------------------

  /** Counts elements of any type: {@code count()}. */
  static final class Count extends LongTally<Object> {
    private static final long serialVersionUID = 1L;
    static final Count INSTANCE = new Count();

    private Count() {
      super("count");
    }

    @Override
    public LongCell step(LongCell acc, Object t) {
      acc.value++;
      return acc;
    }
  }

  /** Sums a {@code long}-valued function of each element: {@code summingLong(f)}. */
  static final class SumOf<T> extends LongTally<T> {
    private static final long serialVersionUID = 1L;
    private final ToLong<? super T> f;

    SumOf(ToLong<? super T> f) {
      super("sum");
      this.f = f;
    }

    @Override
    public LongCell step(LongCell acc, T t) {
      acc.value += f.applyAsLong(t);
      return acc;
    }
  }

  /**
   * The unboxed tallies, which sources of {@code long}s feed through {@code stepLong}, or through
   * {@code stepScalar} with the running value in a local.
   */
  abstract static class OfLongs extends LongTally<Long> implements LongReducer<LongCell, Long> {
    private static final long serialVersionUID = 1L;

    OfLongs(String name) {
      super(name);
    }

    @Override
    public final LongCell step(LongCell acc, Long x) {
      return stepLong(acc, x);
    }

    @Override
    public final boolean scalarReady(LongCell acc) {
      return true;
    }

    @Override
    public final long loadScalar(LongCell acc) {
      return acc.value;
    }

    @Override
    public final LongCell storeScalar(LongCell acc, long s) {
      acc.value = s;
      return acc;
    }
  }

  /** Counts unboxed {@code long}s: {@code countLongs()}. */
  static final class CountLongs extends OfLongs {
    private static final long serialVersionUID = 1L;
    static final CountLongs INSTANCE = new CountLongs();

    private CountLongs() {
      super("count");
    }

    @Override
    public LongCell stepLong(LongCell acc, long x) {
      acc.value++;
      return acc;
    }

    @Override
    public long stepScalar(long s, long x) {
      return s + 1;
    }
  }

  /** Sums unboxed {@code long}s: {@code sumLongs()}. */
  static final class SumLongs extends OfLongs {
    private static final long serialVersionUID = 1L;
    static final SumLongs INSTANCE = new SumLongs();

    private SumLongs() {
      super("sum");
    }

    @Override
    public LongCell stepLong(LongCell acc, long x) {
      acc.value += x;
      return acc;
    }

    @Override
    public long stepScalar(long s, long x) {
      return s + x;
    }
  }
}
