package dev.parafold.benchmarks;

import dev.parafold.Fold;
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
 * Sum of squares of evens over 100 elements: measures fixed per-call cost. A parallel fold must not
 * cost more than about 1.5x a sequential one here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class SmallInputBenchmark {
  @Param("100")
  public int n;

  long[] data;

  @Setup
  public void setup() {
    data = new long[n];
    for (int i = 0; i < n; i++) {
      data[i] = i;
    }
  }

  @Benchmark
  public long hand() {
    return SumOfSquaresEvenBenchmark.handLoop(data, 0, data.length);
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
}
