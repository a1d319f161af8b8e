package dev.parafold.source;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import java.util.Objects;

/**
 * The {@code char} values of a {@code CharSequence}, zero-extended and fed unboxed on the {@code
 * long} lane (as {@code CharSequence.chars()} gives {@code int}s); splits at any index.
 */
final class CharSequenceSource implements Source<Long> {
  private final CharSequence chars;
  private final int from;
  private final int to;

  CharSequenceSource(CharSequence chars, int from, int to) {
    this.chars = Objects.requireNonNull(chars, "chars");
    Objects.checkFromToIndex(from, to, chars.length());
    this.from = from;
    this.to = to;
  }

  @Override
  public long size() {
    return to - from;
  }

  @Override
  public Split<Long> splitAt(long leftSize) {
    Objects.checkIndex(leftSize, size() + 1);
    int mid = from + (int) leftSize;
    return new Split<>(
        new CharSequenceSource(chars, from, mid), new CharSequenceSource(chars, mid, to));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super Long, A, ?> r, A acc, Stop stop) {
    LongReducer<A, ?> lr = LongReducer.of((Reducer<? super Long, A, Object>) r);
    final CharSequence s = chars;
    final boolean check = lr.mayStop();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = lr.stepLong(acc, s.charAt(i));
        if (check && lr.isDone(acc)) {
          return acc;
        }
      }
      if (i < to && stop.stopRequested()) {
        return acc;
      }
    }
    return acc;
  }

  @Override
  public String describe() {
    return "chars[" + from + ".." + to + ")";
  }
}
