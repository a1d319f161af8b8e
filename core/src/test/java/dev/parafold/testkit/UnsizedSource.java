package dev.parafold.testkit;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A source over a list that splits (at seeded random points) but does not report its size, so every
 * chunk but the first gets {@link Reducer#UNKNOWN_OFFSET}: the case index-aware stages must handle
 * by holding back their undecided prefix.
 */
final class UnsizedSource<T> implements Source<T> {
  private final List<T> list;
  private final int from;
  private final int to;
  private final long seed;
  private final int maxLeaf;

  UnsizedSource(List<T> list, long seed, int maxLeaf) {
    this(list, 0, list.size(), seed, maxLeaf);
  }

  private UnsizedSource(List<T> list, int from, int to, long seed, int maxLeaf) {
    this.list = list;
    this.from = from;
    this.to = to;
    this.seed = seed;
    this.maxLeaf = maxLeaf;
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public Split<T> split() {
    int n = to - from;
    if (n < 2 || n <= maxLeaf) {
      return null;
    }
    SplittableRandom r = new SplittableRandom(seed);
    int at = from + 1 + r.nextInt(n - 1);
    return new Split<>(
        new UnsizedSource<>(list, from, at, r.nextLong(), maxLeaf),
        new UnsizedSource<>(list, at, to, r.nextLong(), maxLeaf));
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    boolean mayStop = r.mayStop();
    for (int i = from; i < to; i++) {
      if (mayStop && r.isDone(acc)) {
        return acc;
      }
      acc = r.step(acc, list.get(i));
    }
    return acc;
  }

  @Override
  public String describe() {
    return "unsized[" + from + ", " + to + ")";
  }
}
