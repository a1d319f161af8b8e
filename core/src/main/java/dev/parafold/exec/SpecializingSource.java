package dev.parafold.exec;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;

/**
 * Wraps a source so that each run opens a per-pipeline copy of it (see {@link Specializer}); small
 * inputs keep the shared class.
 */
final class SpecializingSource<T> implements Source<T> {
  private final Source<T> source;
  private final PipelineShape chainKey;

  SpecializingSource(Source<T> source, PipelineShape chainKey) {
    this.source = source;
    this.chainKey = chainKey;
  }

  @Override
  public long size() {
    return source.size();
  }

  @Override
  public boolean sized() {
    return source.sized();
  }

  @Override
  public Source<T> open() {
    Source<T> opened = source.open();
    long n = opened.size();
    if (n >= 0 && n < Specializer.THRESHOLD || opened.batched()) {
      return opened;
    }
    return Specializer.copySource(opened, chainKey);
  }

  @Override
  public Split<T> split() {
    return source.split();
  }

  @Override
  public Split<T> splitAt(long leftSize) {
    return source.splitAt(leftSize);
  }

  @Override
  public boolean reusable() {
    return source.reusable();
  }

  @Override
  public boolean batched() {
    return source.batched();
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
