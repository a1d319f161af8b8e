package dev.parafold.source;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Traversable;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.stream.BaseStream;

/**
 * Factories for the built-in sources. Arrays, primitive arrays, ranges, random-access lists and
 * vavr indexed sequences split exactly at an index; other collections split through their
 * spliterators; iterators and streams of unknown size are pulled in bounded batches.
 *
 * @since 0.1
 */
public final class Sources {
  private Sources() {}

  /** The elements of {@code array}. */
  public static <T> Source<T> array(T[] array) {
    Objects.requireNonNull(array, "array");
    return new ArraySource<>(array, 0, array.length);
  }

  /** The elements of {@code array[from..to)}. */
  public static <T> Source<T> array(T[] array, int from, int to) {
    return new ArraySource<>(array, from, to);
  }

  /** The elements of a {@code long[]}, unboxed. */
  public static Source<Long> longs(long[] array) {
    Objects.requireNonNull(array, "array");
    return new LongArraySource(array, 0, array.length);
  }

  /** The elements of an {@code int[]}, widened to {@code long}, unboxed. */
  public static Source<Long> ints(int[] array) {
    Objects.requireNonNull(array, "array");
    return new IntArraySource(array, 0, array.length);
  }

  /** The elements of a {@code double[]}, unboxed. */
  public static Source<Double> doubles(double[] array) {
    Objects.requireNonNull(array, "array");
    return new DoubleArraySource(array, 0, array.length);
  }

  /** The {@code long}s in {@code [from, to)}; longer than {@code Integer.MAX_VALUE} is fine. */
  public static Source<Long> range(long from, long to) {
    return new LongRangeSource(from, to);
  }

  /**
   * The elements of an {@link Iterable}: random-access lists are read by index, other collections
   * through their spliterator; re-runnable.
   */
  public static <T> Source<T> iterable(Iterable<T> iterable) {
    Objects.requireNonNull(iterable, "iterable");
    String name =
        iterable instanceof Collection
            ? iterable.getClass().getSimpleName() + "(" + ((Collection<?>) iterable).size() + ")"
            : iterable.getClass().getSimpleName();
    return new IterableSource<>(iterable, name);
  }

  /** A single-pass iterator, pulled in bounded batches when folded in parallel. */
  public static <T> Source<T> iterator(Iterator<? extends T> iterator) {
    return new IteratorSource<>(iterator);
  }

  /** A single-pass spliterator; splits where it can (prefix splits keep encounter order). */
  public static <T> Source<T> spliterator(Spliterator<T> spliterator) {
    return new SingleUse<>(new SpliteratorSource<>(spliterator, "spliterator"));
  }

  /** A single-pass stream, through its spliterator. */
  public static <T> Source<T> stream(BaseStream<T, ?> stream) {
    Objects.requireNonNull(stream, "stream");
    return new SingleUse<>(new SpliteratorSource<>(stream.spliterator(), "stream"));
  }

  /**
   * A vavr collection: indexed sequences ({@code Vector}, {@code Array}) split at an index, others
   * through their spliterator or in batches.
   */
  public static <T> Source<T> vavr(Traversable<T> traversable) {
    Objects.requireNonNull(traversable, "traversable");
    if (traversable instanceof IndexedSeq) {
      IndexedSeq<T> seq = (IndexedSeq<T>) traversable;
      return new IndexedSeqSource<>(seq, 0, seq.size());
    }
    return new IterableSource<>(traversable, traversable.stringPrefix());
  }
}
