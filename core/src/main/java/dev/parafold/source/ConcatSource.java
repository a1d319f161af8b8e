package dev.parafold.source;

import dev.parafold.reduce.Reducer;
import java.util.Objects;

/**
 * The elements of {@code left}, then those of {@code right}. Two sized sides make a sized source
 * that splits at any index (first at the seam); otherwise a run pulls bounded batches from the left
 * side until it is exhausted, then from the right, on one thread at a time. Each side is either
 * sized or batched (see {@link StreamSources#concat}).
 *
 * @param <T> element type
 */
final class ConcatSource<T> implements Source<T> {
  private final Source<T> left;
  private final Source<T> right;
  private final boolean opened;
  // batched runs only: the unread part of the side being read, and the side still to come
  private Source<T> rest;
  private Source<T> pending;

  ConcatSource(Source<T> left, Source<T> right) {
    this(left, right, false);
  }

  private ConcatSource(Source<T> left, Source<T> right, boolean opened) {
    this.left = Objects.requireNonNull(left, "left");
    this.right = Objects.requireNonNull(right, "right");
    this.opened = opened;
    this.rest = left;
    this.pending = right;
  }

  @Override
  public Source<T> open() {
    if (sized()) {
      return this;
    }
    return new ConcatSource<>(left.open(), right.open(), true);
  }

  @Override
  public boolean reusable() {
    return left.reusable() && right.reusable();
  }

  @Override
  public long size() {
    long a = left.size();
    long b = right.size();
    return a >= 0 && b >= 0 && left.sized() && right.sized() && a + b >= 0 ? a + b : -1;
  }

  @Override
  public boolean sized() {
    return size() >= 0;
  }

  @Override
  public Split<T> split() {
    if (!sized()) {
      return null;
    }
    long a = left.size();
    long b = right.size();
    if (a > 0 && b > 0) {
      return new Split<>(left, right); // at the seam: no copying, each side splits further
    }
    return a == 0 ? right.split() : left.split();
  }

  @Override
  public Split<T> splitAt(long leftSize) {
    long a = left.size();
    if (leftSize < 0 || leftSize > size()) {
      throw new IndexOutOfBoundsException("splitAt " + leftSize + " of " + describe());
    }
    if (leftSize == a) {
      return new Split<>(left, right);
    }
    if (leftSize < a) {
      Split<T> s = left.splitAt(leftSize);
      return new Split<>(s.left(), new ConcatSource<>(s.right(), right));
    }
    Split<T> s = right.splitAt(leftSize - a);
    return new Split<>(new ConcatSource<>(left, s.left()), s.right());
  }

  @Override
  public boolean batched() {
    return !sized();
  }

  @Override
  public synchronized Source<T> nextBatch(int max) {
    if (!opened) {
      throw new IllegalStateException(describe() + ": open() the source before reading it");
    }
    while (rest != null) {
      Source<T> batch = take(rest, max);
      if (batch != null) {
        return batch;
      }
      rest = pending;
      pending = null;
    }
    return null;
  }

  /** Up to {@code max} elements from the front of {@code side}, or null when it is exhausted. */
  private Source<T> take(Source<T> side, int max) {
    if (side.batched()) {
      return side.nextBatch(max);
    }
    long n = side.size();
    if (n <= 0) {
      return null;
    }
    if (n <= max) {
      rest = StreamSources.<T>empty();
      return side;
    }
    Split<T> s = side.splitAt(max);
    rest = s.right();
    return s.left();
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    acc = left.reduce(r, acc, stop);
    if ((r.mayStop() && r.isDone(acc)) || stop.stopRequested()) {
      return acc;
    }
    return right.reduce(r, acc, stop);
  }

  @Override
  public String describe() {
    return "concat(" + left.describe() + ", " + right.describe() + ")";
  }
}
