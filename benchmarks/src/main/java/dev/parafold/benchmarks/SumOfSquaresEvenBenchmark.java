package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sum of the squares of the even elements of a 10M {@code long[]} (memory-bound) and of a {@code
 * long} range (compute-bound). Extras: {@code handFJ} (hand fork/join, 16 leaves) and {@code
 * floorSeq}/{@code floorPar}, a plain 4-accumulator sum of the array on 1 and 2 threads: the
 * memory-bandwidth floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class SumOfSquaresEvenBenchmark {
  @Param("10000000")
  public int n;

  long[] data;

  @Setup
  public void setup() {
    data = new long[n];
    for (int i = 0; i < n; i++) {
      data[i] = i;
    }
  }

  // ---- long[] -----------------------------------------------------------------------------------

  @Benchmark
  public long hand() {
    return handLoop(data, 0, data.length);
  }

  @Benchmark
  public long handFJ() {
    return ForkJoinPool.commonPool().invoke(new SumTask(data, 0, data.length, false));
  }

  @Benchmark
  public long streamSeq() {
    return LongStream.of(data).filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long streamPar() {
    return LongStream.of(data).parallel().filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long parafoldSeq() {
    return Fold.from(data).filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long parafoldPar() {
    return Fold.from(data).parallel().filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  /** Not the same answer: the plain sum of the array, the 1-thread bandwidth floor. */
  @Benchmark
  public long floorSeq() {
    return plainSum(data, 0, data.length);
  }

  /** Not the same answer: the plain sum of the array, the 2-thread bandwidth floor. */
  @Benchmark
  public long floorPar() {
    return ForkJoinPool.commonPool().invoke(new SumTask(data, 0, data.length, true));
  }

  // ---- long range -------------------------------------------------------------------------------

  @Benchmark
  public long rangeHand() {
    long sum = 0;
    for (long x = 0; x < n; x++) {
      if (x % 2 == 0) {
        sum += x * x;
      }
    }
    return sum;
  }

  @Benchmark
  public long rangeStreamSeq() {
    return LongStream.range(0, n).filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long rangeStreamPar() {
    return LongStream.range(0, n).parallel().filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long rangeParafoldSeq() {
    return Fold.range(0, n).filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  @Benchmark
  public long rangeParafoldPar() {
    return Fold.range(0, n).parallel().filter(x -> x % 2 == 0).map(x -> x * x).sum();
  }

  // ---- kernels ----------------------------------------------------------------------------------

  static long handLoop(long[] a, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      long x = a[i];
      if (x % 2 == 0) {
        sum += x * x;
      }
    }
    return sum;
  }

  static long plainSum(long[] a, int from, int to) {
    long s0 = 0;
    long s1 = 0;
    long s2 = 0;
    long s3 = 0;
    int i = from;
    for (; i + 3 < to; i += 4) {
      s0 += a[i];
      s1 += a[i + 1];
      s2 += a[i + 2];
      s3 += a[i + 3];
    }
    for (; i < to; i++) {
      s0 += a[i];
    }
    return s0 + s1 + s2 + s3;
  }

  /** Binary split to ~16 leaves on the common pool. */
  static final class SumTask extends RecursiveTask<Long> {
    private static final long serialVersionUID = 1L;
    private final long[] a;
    private final int from;
    private final int to;
    private final boolean plain;

    SumTask(long[] a, int from, int to, boolean plain) {
      this.a = a;
      this.from = from;
      this.to = to;
      this.plain = plain;
    }

    @Override
    protected Long compute() {
      if (to - from <= Math.max(4096, a.length / 16)) {
        return plain ? plainSum(a, from, to) : handLoop(a, from, to);
      }
      int mid = (from + to) >>> 1;
      SumTask right = new SumTask(a, mid, to, plain);
      right.fork();
      long left = new SumTask(a, from, mid, plain).compute();
      return left + right.join();
    }
  }
}
