package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * 64 groups, each an inner fold over 100k elements (10 mix rounds each), summed. Parallel variants
 * nest a parallel fold inside a parallel fold; {@link Probes} reports the peak live threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class NestedBenchmark {
  static final int ROUNDS = 10;

  @Param("64")
  public int groups;

  @Param("100000")
  public int inner;

  @Setup
  public void setup() {}

  @Benchmark
  public long hand() {
    long sum = 0;
    for (int g = 0; g < groups; g++) {
      long from = (long) g * inner;
      long s = 0;
      for (long x = from; x < from + inner; x++) {
        s += Mix.mixRounds(x, ROUNDS);
      }
      sum += s;
    }
    return sum;
  }

  @Benchmark
  public long streamSeq() {
    return IntStream.range(0, groups)
        .mapToLong(
            g ->
                LongStream.range((long) g * inner, (long) g * inner + inner)
                    .map(x -> Mix.mixRounds(x, ROUNDS))
                    .sum())
        .sum();
  }

  @Benchmark
  public long streamPar() {
    return IntStream.range(0, groups)
        .parallel()
        .mapToLong(
            g ->
                LongStream.range((long) g * inner, (long) g * inner + inner)
                    .parallel()
                    .map(x -> Mix.mixRounds(x, ROUNDS))
                    .sum())
        .sum();
  }

  @Benchmark
  public long parafoldSeq() {
    long in = inner;
    return Fold.range(0, groups)
        .map(g -> Fold.range(g * in, g * in + in).map(x -> Mix.mixRounds(x, ROUNDS)).sum())
        .sum();
  }

  @Benchmark
  public long parafoldPar() {
    long in = inner;
    return Fold.range(0, groups)
        .parallel()
        .map(
            g ->
                Fold.range(g * in, g * in + in).parallel().map(x -> Mix.mixRounds(x, ROUNDS)).sum())
        .sum();
  }
}
