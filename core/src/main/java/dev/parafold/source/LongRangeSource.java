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
    final boolean check = lr.mayStop();
    long i = from;
    final long end = to;
    while (i < end) {
      long blockEnd = end - i > Stop.CHECK_INTERVAL ? i + Stop.CHECK_INTERVAL : end;
      if (check) {
        for (; i < blockEnd; i++) {
          acc = lr.stepLong(acc, i);
          if (lr.isDone(acc)) {
            return acc;
          }
        }
      } else {
        for (; i < blockEnd; i++) {
          acc = lr.stepLong(acc, i);
        }
      }
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
