package dev.parafold.benchmarks;

import dev.parafold.Fold;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * {@code partitionAll(100)} over 10M ints, the max of each chunk, summed. Every variant but {@code
 * hand} hands out each chunk as its own {@code int[]}: the streams copy ranges, parafold's {@code
 * IntFold.partitionAll} fills unboxed batches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class PartitionAllBenchmark {
  static final int CHUNK = 100;

  @Param("10000000")
  public int n;

  int[] data;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(11);
    data = new int[n];
    for (int i = 0; i < n; i++) {
      data[i] = rnd.nextInt(1_000_000);
    }
  }

  static long max(int[] chunk) {
    int m = Integer.MIN_VALUE;
    for (int x : chunk) {
      m = Math.max(m, x);
    }
    return m;
  }

  @Benchmark
  public long hand() {
    long sum = 0;
    for (int c = 0; c < data.length; c += CHUNK) {
      int m = Integer.MIN_VALUE;
      for (int i = c, end = Math.min(data.length, c + CHUNK); i < end; i++) {
        m = Math.max(m, data[i]);
      }
      sum += m;
    }
    return sum;
  }

  /** Copies each chunk, as a partition transducer hands out its chunks. */
  @Benchmark
  public long handCopy() {
    long sum = 0;
    for (int c = 0; c < data.length; c += CHUNK) {
      sum += max(Arrays.copyOfRange(data, c, Math.min(data.length, c + CHUNK)));
    }
    return sum;
  }

  @Benchmark
  public long streamSeq() {
    int chunks = (data.length + CHUNK - 1) / CHUNK;
    return IntStream.range(0, chunks)
        .mapToObj(
            c -> Arrays.copyOfRange(data, c * CHUNK, Math.min(data.length, c * CHUNK + CHUNK)))
        .mapToLong(PartitionAllBenchmark::max)
        .sum();
  }

  @Benchmark
  public long streamPar() {
    int chunks = (data.length + CHUNK - 1) / CHUNK;
    return IntStream.range(0, chunks)
        .parallel()
        .mapToObj(
            c -> Arrays.copyOfRange(data, c * CHUNK, Math.min(data.length, c * CHUNK + CHUNK)))
        .mapToLong(PartitionAllBenchmark::max)
        .sum();
  }

  /** {@code int[]} batches of 100, never boxed: the partition stage as users write it. */
  @Benchmark
  public long parafoldSeq() {
    return Fold.from(data).partitionAll(CHUNK).mapToLong(PartitionAllBenchmark::max).sum();
  }

  @Benchmark
  public long parafoldPar() {
    return Fold.from(data)
        .parallel()
        .partitionAll(CHUNK)
        .mapToLong(PartitionAllBenchmark::max)
        .sum();
  }
}
