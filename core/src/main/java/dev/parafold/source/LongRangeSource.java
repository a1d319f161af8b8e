package dev.parafold.source;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;

/**
 * The {@code long}s in {@code [from, to)}; any length up to {@code Long.MAX_VALUE} elements (so
 * ranges longer than {@code Integer.MAX_VALUE} split and count exactly).
 */
final class LongRangeSource implements Source<Long> {
  private final long from;
  private final long to;

  LongRangeSource(long from, long to) {
    if (to < from) {
      throw new IllegalArgumentException("range: to (" + to + ") < from (" + from + ")");
    }
    if (to - from < 0) {
      throw new IllegalArgumentException(
          "range: [" + from + ", " + to + ") has more than Long.MAX_VALUE elements");
    }
    this.from = from;
    this.to = to;
  }

  @Override
  public long size() {
    return to - from;
  }

  @Override
  public Split<Long> splitAt(long leftSize) {
    if (leftSize < 0 || leftSize > size()) {
      throw new IndexOutOfBoundsException("splitAt " + leftSize + " of " + describe());
    }
    long mid = from + leftSize;
    return new Split<>(new LongRangeSource(from, mid), new LongRangeSource(mid, to));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super Long, A, ?> r, A acc, Stop stop) {
    LongReducer<A, ?> lr = LongReducer.of((Reducer<? super Long, A, Object>) r);
    if (lr.mayStop()) {
      return reduceUntilDone(lr, acc, stop);
    }
    long i = from;
    final long end = to;
    // the element-by-element path until the chain takes a scalar (never, for chains that cannot)
    while (i < end && !lr.scalarReady(acc)) {
      long blockEnd = end - i > Stop.CHECK_INTERVAL ? i + Stop.CHECK_INTERVAL : end;
      for (; i < blockEnd; i++) {
        acc = lr.stepLong(acc, i);
      }
      if (i < end && stop.stopRequested()) {
        return acc;
      }
    }
    return i == end ? acc : lr.storeScalar(acc, scalar(lr, lr.loadScalar(acc), i, stop));
  }

  /**
   * Folds from {@code i} with the scalar in a local (see {@code LongArraySource}); the inner loop
   * counts an {@code int}, which the JIT unrolls as it does a hand loop's.
   */
  private long scalar(LongReducer<?, ?> lr, long s, long i, Stop stop) {
    final long end = to;
    if (i >= 0 && end <= NON_NEGATIVE) {
      return scalarNonNegative(lr, s, i, stop);
    }
    while (i < end) {
      int n = (int) Math.min(end - i, Stop.CHECK_INTERVAL);
      for (int k = 0; k < n; k++) {
        s = lr.stepScalar(s, i + k);
      }
      i += n;
      if (i < end && stop.stopRequested()) {
        break;
      }
    }
    return s;
  }

  /** Ranges within {@code [0, 2^62]}: elements the JIT can see are not negative. */
  private static final long NON_NEGATIVE = 1L << 62;

  /**
   * {@link #scalar} over a range of non-negative numbers, written so that the JIT knows they are:
   * each element is {@code base + k} with {@code base} masked to 62 bits (a no-op here) and {@code
   * k} an {@code int} from 0, so their sum cannot overflow. A hand loop from 0 gets that for free,
   * and with it {@code x % 2} compiles to a mask instead of a signed remainder.
   */
  private long scalarNonNegative(LongReducer<?, ?> lr, long s, long i, Stop stop) {
    final long end = to;
    while (i < end) {
      int n = (int) Math.min(end - i, Stop.CHECK_INTERVAL);
      long base = i & (NON_NEGATIVE - 1);
      for (int k = 0; k < n; k++) {
        s = lr.stepScalar(s, base + k);
      }
      i += n;
      if (i < end && stop.stopRequested()) {
        break;
      }
    }
    return s;
  }

  /** As {@link #scalar}, the inner loop counts an {@code int} from a fresh index per block. */
  private <A> A reduceUntilDone(LongReducer<A, ?> lr, A acc, Stop stop) {
    final Reducer<?, A, ?> done = lr.doneCheck();
    long i = from;
    final long end = to;
    while (i < end) {
      int n = (int) Math.min(end - i, Stop.CHECK_INTERVAL);
      for (int k = 0; k < n; k++) {
        acc = lr.stepLong(acc, i + k);
        if (done.isDone(acc)) {
          return acc;
        }
      }
      i += n;
      if (i < end && stop.stopRequested()) {
        return acc;
      }
    }
    return acc;
  }

  @Override
  public String describe() {
    return "range[" + from + ".." + to + ")";
  }
}
