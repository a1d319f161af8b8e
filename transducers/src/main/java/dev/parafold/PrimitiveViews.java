package dev.parafold;

import java.util.Iterator;
import java.util.PrimitiveIterator;

/**
 * Primitive views of the boxed pull iterator that {@link IntFold}, {@link LongFold} and {@link
 * DoubleFold} hand out: {@code iterator()} and {@code stream()} are sequential conveniences, not
 * fold hot loops, so their elements are unboxed once more on the way out.
 */
final class PrimitiveViews {
  private PrimitiveViews() {}

  static PrimitiveIterator.OfLong longs(Iterator<Long> it) {
    return new PrimitiveIterator.OfLong() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public long nextLong() {
        return it.next();
      }
    };
  }

  /** {@code int}s carried on the {@code long} lane. */
  static PrimitiveIterator.OfInt ints(Iterator<Long> it) {
    return new PrimitiveIterator.OfInt() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public int nextInt() {
        return (int) (long) it.next();
      }
    };
  }

  static PrimitiveIterator.OfDouble doubles(Iterator<Double> it) {
    return new PrimitiveIterator.OfDouble() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public double nextDouble() {
        return it.next();
      }
    };
  }
}
