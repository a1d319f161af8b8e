package dev.parafold.source;

import dev.parafold.reduce.Reducer;

/** Guards a single-pass source: a second run fails loudly instead of seeing no elements. */
final class SingleUse<T> implements Source<T> {
  private final Source<T> source;
  private boolean opened;

  SingleUse(Source<T> source) {
    this.source = source;
  }

  @Override
  public boolean reusable() {
    return false;
  }

  @Override
  public long size() {
    return source.size();
  }

  @Override
  public boolean sized() {
    return false;
  }

  @Override
  public synchronized Source<T> open() {
    if (opened) {
      throw new IllegalStateException(
          source.describe() + ": a single-pass source can be folded only once");
    }
    opened = true;
    return source;
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    return open().reduce(r, acc, stop);
  }

  @Override
  public String describe() {
    return source.describe();
  }
}
