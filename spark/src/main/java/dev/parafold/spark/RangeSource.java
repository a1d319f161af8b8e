package dev.parafold.spark;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.ArrayList;
import java.util.List;

/** The longs in {@code [from, to)}, partitioned into index ranges with exact offsets. */
final class RangeSource implements PartitionedSource<Long> {
  private static final long serialVersionUID = 1L;

  private final long from;
  private final long to;

  RangeSource(long from, long to) {
    if (to < from || to - from < 0) {
      throw new IllegalArgumentException("range: bad bounds [" + from + ", " + to + ")");
    }
    this.from = from;
    this.to = to;
  }

  @Override
  public List<SourcePart<Long>> parts(int n) {
    long size = to - from;
    int count = (int) Math.max(1, Math.min(n, size));
    List<SourcePart<Long>> parts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long lo = from + size / count * i + Math.min(i, size % count);
      long hi = from + size / count * (i + 1) + Math.min(i + 1, size % count);
      parts.add(new Part(lo, hi, lo - from));
    }
    return parts;
  }

  @Override
  public boolean exactOffsets() {
    return true;
  }

  @Override
  public long size() {
    return to - from;
  }

  @Override
  public Split<Long> splitAt(long leftSize) {
    return Sources.range(from, to).splitAt(leftSize);
  }

  @Override
  public <A> A reduce(Reducer<? super Long, A, ?> r, A acc, Stop stop) {
    return Sources.range(from, to).reduce(r, acc, stop);
  }

  @Override
  public String describe() {
    return "range[" + from + ".." + to + ")";
  }

  // ---- one shipped part ---------------------------------------------------------------------

  private static final class Part implements SourcePart<Long> {
    private static final long serialVersionUID = 1L;
    private final long lo;
    private final long hi;
    private final long offset;

    Part(long lo, long hi, long offset) {
      this.lo = lo;
      this.hi = hi;
      this.offset = offset;
    }

    @Override
    public long offset() {
      return offset;
    }

    @Override
    public long size() {
      return hi - lo;
    }

    @Override
    public Source<Long> open() {
      return Sources.range(lo, hi);
    }

    @Override
    public String describe() {
      return "range[" + lo + ".." + hi + ")";
    }
  }
}
