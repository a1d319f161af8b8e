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

/** 200 dependent rounds of a 64-bit mix per element over 1M elements, summed: no memory traffic. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class CpuHeavyBenchmark {
  static final int ROUNDS = 200;

  @Param("1000000")
  public int n;

  @Setup
  public void setup() {}

  @Benchmark
  public long hand() {
    return handLoop(0, n);
  }

  @Benchmark
  public long handFJ() {
    return ForkJoinPool.commonPool().invoke(new Task(0, n, Math.max(1, n / 16)));
  }

  @Benchmark
  public long streamSeq() {
    return LongStream.range(0, n).map(x -> Mix.mixRounds(x, ROUNDS)).sum();
  }

  @Benchmark
  public long streamPar() {
    return LongStream.range(0, n).parallel().map(x -> Mix.mixRounds(x, ROUNDS)).sum();
  }

  @Benchmark
  public long parafoldSeq() {
    return Fold.range(0, n).map(x -> Mix.mixRounds(x, ROUNDS)).sum();
  }

  @Benchmark
  public long parafoldPar() {
    return Fold.range(0, n).parallel().map(x -> Mix.mixRounds(x, ROUNDS)).sum();
  }

  static long handLoop(long from, long to) {
    long sum = 0;
    for (long x = from; x < to; x++) {
      sum += Mix.mixRounds(x, ROUNDS);
    }
    return sum;
  }

  /** Binary split to ~16 leaves on the common pool. */
  static final class Task extends RecursiveTask<Long> {
    private static final long serialVersionUID = 1L;
    private final long from;
    private final long to;
    private final long leaf;

    Task(long from, long to, long leaf) {
      this.from = from;
      this.to = to;
      this.leaf = leaf;
    }

    @Override
    protected Long compute() {
      if (to - from <= leaf) {
        return handLoop(from, to);
      }
      long mid = (from + to) >>> 1;
      Task right = new Task(mid, to, leaf);
      right.fork();
      long left = new Task(from, mid, leaf).compute();
      return left + right.join();
    }
  }
}
