package dev.parafold.source;

import dev.parafold.reduce.LongReducer;
import dev.parafold.reduce.Reducer;
import java.util.Objects;

/**
 * The {@code char} values of a {@code CharSequence}, zero-extended and fed unboxed on the {@code
 * long} lane (as {@code CharSequence.chars()} gives {@code int}s); splits at any index.
 */
final class CharSequenceSource extends SliceSource<Long> {
  private final CharSequence chars;

  CharSequenceSource(CharSequence chars, int from, int to) {
    super(from, to);
    this.chars = Objects.requireNonNull(chars, "chars");
    Objects.checkFromToIndex(from, to, chars.length());
  }

  @Override
  SliceSource<Long> slice(int from, int to) {
    return new CharSequenceSource(chars, from, to);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A> A reduce(Reducer<? super Long, A, ?> r, A acc, Stop stop) {
    LongReducer<A, ?> lr = LongReducer.of((Reducer<? super Long, A, Object>) r);
    final CharSequence s = chars;
    final boolean check = lr.mayStop();
    final Reducer<?, A, ?> done = lr.doneCheck();
    int i = from;
    while (i < to) {
      int end = Math.min(to, i + Stop.CHECK_INTERVAL);
      for (; i < end; i++) {
        acc = lr.stepLong(acc, s.charAt(i));
        if (check && done.isDone(acc)) {
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
