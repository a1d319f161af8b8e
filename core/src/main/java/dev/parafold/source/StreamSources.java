package dev.parafold.source;

import dev.parafold.fn.DoubleFn;
import dev.parafold.fn.DoubleFn0;
import dev.parafold.fn.DoublePred;
import dev.parafold.fn.Fn;
import dev.parafold.fn.Fn0;
import dev.parafold.fn.LongFn;
import dev.parafold.fn.LongFn0;
import dev.parafold.fn.LongPred;
import dev.parafold.fn.Pred;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Sources that mirror {@code java.util.stream}'s static factories: {@code iterate}, {@code
 * generate}, {@code concat}, {@code empty}, primitive streams and {@code CharSequence.chars()}.
 * Endless sources ({@code iterate} without a test, {@code generate}) are pulled in bounded batches
 * on one thread at a time and need a stage that stops them ({@code limit}, {@code takeWhile}, a
 * short-circuiting terminal); a batch may compute a few elements past the stop, so the functions
 * should be free of side effects, as {@code Stream.iterate} asks too.
 *
 * @since 0.1
 */
public final class StreamSources {
  private StreamSources() {}

  /** No elements. Same as {@code Stream.empty()}. */
  @SuppressWarnings("unchecked")
  public static <T> Source<T> empty() {
    return new ArraySource<>((T[]) new Object[0], 0, 0);
  }

  /**
   * {@code seed}, {@code next(seed)}, {@code next(next(seed))}, ... endlessly; re-runnable. Same as
   * {@code Stream.iterate(seed, next)}.
   */
  public static <T> Source<T> iterate(T seed, Fn<? super T, ? extends T> next) {
    Objects.requireNonNull(next, "next");
    return new SequenceSource<>(
        () -> new Iterate<T>(seed, null, next), SequenceSource.Kind.OBJECT, true, "iterate");
  }

  /**
   * {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds; re-runnable. Same as {@code
   * Stream.iterate(seed, hasNext, next)}.
   */
  public static <T> Source<T> iterate(
      T seed, Pred<? super T> hasNext, Fn<? super T, ? extends T> next) {
    Objects.requireNonNull(hasNext, "hasNext");
    Objects.requireNonNull(next, "next");
    return new SequenceSource<>(
        () -> new Iterate<T>(seed, hasNext, next), SequenceSource.Kind.OBJECT, true, "iterate");
  }

  /** {@code supplier}'s results, endlessly; re-runnable. Same as {@code Stream.generate}. */
  public static <T> Source<T> generate(Fn0<? extends T> supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return new SequenceSource<>(
        () ->
            new Iterate<T>(null, null, x -> supplier.get()) {
              @Override
              T first() {
                return supplier.get();
              }
            },
        SequenceSource.Kind.OBJECT,
        true,
        "generate");
  }

  /**
   * Unboxed {@code long}s: {@code seed}, {@code next(seed)}, ... while {@code hasNext} (if any).
   */
  public static Source<Long> iterateLongs(long seed, LongPred hasNext, LongFn next) {
    Objects.requireNonNull(next, "next");
    return new SequenceSource<>(
        () -> new IterateLongs(seed, hasNext, next), SequenceSource.Kind.LONG, true, "iterate");
  }

  /** Unboxed {@code long}s from {@code supplier}, endlessly. */
  public static Source<Long> generateLongs(LongFn0 supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return new SequenceSource<>(
        () -> LongStream.generate(supplier).iterator(), SequenceSource.Kind.LONG, true, "generate");
  }

  /** Unboxed {@code double}s: {@code seed}, {@code next(seed)}, ... while {@code hasNext}. */
  public static Source<Double> iterateDoubles(double seed, DoublePred hasNext, DoubleFn next) {
    Objects.requireNonNull(next, "next");
    return new SequenceSource<>(
        () ->
            hasNext == null
                ? DoubleStream.iterate(seed, next).iterator()
                : DoubleStream.iterate(seed, hasNext, next).iterator(),
        SequenceSource.Kind.DOUBLE,
        true,
        "iterate");
  }

  /** Unboxed {@code double}s from {@code supplier}, endlessly. */
  public static Source<Double> generateDoubles(DoubleFn0 supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return new SequenceSource<>(
        () -> DoubleStream.generate(supplier).iterator(),
        SequenceSource.Kind.DOUBLE,
        true,
        "generate");
  }

  /**
   * The elements of a fresh iterator per run, from {@code start}: a re-runnable source of unknown
   * size, pulled in bounded batches.
   */
  public static <T> Source<T> iterating(Fn0<? extends Iterator<? extends T>> start) {
    Objects.requireNonNull(start, "start");
    return new SequenceSource<>(start, SequenceSource.Kind.OBJECT, true, "iterator");
  }

  /** A single-pass {@code IntStream}, widened to unboxed {@code long}s. */
  public static Source<Long> ints(IntStream stream) {
    Objects.requireNonNull(stream, "stream");
    PrimitiveIterator.OfInt it = stream.iterator();
    return new SequenceSource<>(
        () -> new WidenedInts(it), SequenceSource.Kind.LONG, false, "IntStream");
  }

  /** A single-pass {@code LongStream}, unboxed. */
  public static Source<Long> longs(LongStream stream) {
    Objects.requireNonNull(stream, "stream");
    PrimitiveIterator.OfLong it = stream.iterator();
    return new SequenceSource<>(() -> it, SequenceSource.Kind.LONG, false, "LongStream");
  }

  /** A single-pass {@code DoubleStream}, unboxed. */
  public static Source<Double> doubles(DoubleStream stream) {
    Objects.requireNonNull(stream, "stream");
    PrimitiveIterator.OfDouble it = stream.iterator();
    return new SequenceSource<>(() -> it, SequenceSource.Kind.DOUBLE, false, "DoubleStream");
  }

  /**
   * The {@code char} values of {@code chars} as unboxed {@code long}s (as {@code
   * CharSequence.chars()} gives {@code int}s); splits at any index. The sequence must not change
   * during a fold.
   */
  public static Source<Long> chars(CharSequence chars) {
    Objects.requireNonNull(chars, "chars");
    return new CharSequenceSource(chars, 0, chars.length());
  }

  /**
   * The elements of {@code left}, then those of {@code right}. Each side must be sized (arrays,
   * lists, ranges) or batched (iterators, {@link #iterating}, {@link #iterate}); wrap any other in
   * {@link #iterating}. Two sized sides split at any index; otherwise runs pull batches in order.
   */
  @SuppressWarnings("unchecked")
  public static <T> Source<T> concat(Source<? extends T> left, Source<? extends T> right) {
    return new ConcatSource<>((Source<T>) left, (Source<T>) right);
  }

  // ---- iterators --------------------------------------------------------------------------------

  /** {@code seed, next(seed), ...} while {@code hasNext}; each element computed when asked for. */
  private static class Iterate<T> implements Iterator<T> {
    private final T seed;
    private final Pred<? super T> hasNext;
    private final Fn<? super T, ? extends T> next;
    private T prev;
    private T ahead;
    private boolean started;
    private boolean ready;
    private boolean finished;

    Iterate(T seed, Pred<? super T> hasNext, Fn<? super T, ? extends T> next) {
      this.seed = seed;
      this.hasNext = hasNext;
      this.next = next;
    }

    T first() {
      return seed;
    }

    @Override
    public boolean hasNext() {
      if (ready) {
        return true;
      }
      if (finished) {
        return false;
      }
      T t = started ? next.apply(prev) : first();
      started = true;
      if (hasNext != null && !hasNext.test(t)) {
        finished = true;
        prev = null;
        return false;
      }
      ahead = t;
      ready = true;
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ready = false;
      prev = ahead;
      ahead = null;
      return prev;
    }
  }

  /** The unboxed {@code long} form of {@link Iterate}. */
  private static final class IterateLongs implements PrimitiveIterator.OfLong {
    private final LongPred hasNext;
    private final LongFn next;
    private long prev;
    private long ahead;
    private boolean started;
    private boolean ready;
    private boolean finished;

    IterateLongs(long seed, LongPred hasNext, LongFn next) {
      this.prev = seed;
      this.hasNext = hasNext;
      this.next = next;
    }

    @Override
    public boolean hasNext() {
      if (ready) {
        return true;
      }
      if (finished) {
        return false;
      }
      long t = started ? next.applyAsLong(prev) : prev;
      started = true;
      if (hasNext != null && !hasNext.test(t)) {
        finished = true;
        return false;
      }
      ahead = t;
      ready = true;
      return true;
    }

    @Override
    public long nextLong() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ready = false;
      prev = ahead;
      return prev;
    }
  }

  /** An {@code int} iterator read as {@code long}s. */
  private static final class WidenedInts implements PrimitiveIterator.OfLong {
    private final PrimitiveIterator.OfInt ints;

    WidenedInts(PrimitiveIterator.OfInt ints) {
      this.ints = ints;
    }

    @Override
    public boolean hasNext() {
      return ints.hasNext();
    }

    @Override
    public long nextLong() {
      return ints.nextInt();
    }
  }
}
